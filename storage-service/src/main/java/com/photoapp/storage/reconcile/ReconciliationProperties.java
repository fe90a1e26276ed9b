package com.photoapp.storage.reconcile;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reconciliation of blobs with the catalogue.
 *
 * @param grace blobs younger than this are left alone: their upload may still be registering
 * @param pageSize blobs listed per page, and so the most photo ids asked about at once
 * @param maxReported most orphans listed in a report; the counts are always complete
 */
@ConfigurationProperties("photoapp.storage.reconciliation")
record ReconciliationProperties(@DefaultValue("1h") Duration grace, @DefaultValue("500") int pageSize,
		@DefaultValue("100") int maxReported) {

	ReconciliationProperties {
		if (!grace.isPositive()) {
			throw new IllegalArgumentException("photoapp.storage.reconciliation.grace must be positive");
		}
		if (pageSize < 1 || pageSize > 1000 || maxReported < 0) {
			throw new IllegalArgumentException("photoapp.storage.reconciliation sizes are out of range");
		}
	}

}
