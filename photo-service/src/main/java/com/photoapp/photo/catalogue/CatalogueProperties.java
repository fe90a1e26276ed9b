package com.photoapp.photo.catalogue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the catalogue. The purge interval is read by the {@code @Scheduled} annotation itself
 * ({@code photoapp.catalogue.trash-purge-interval}).
 *
 * @param quotaBytes how many bytes of originals one owner may keep, trash included; the same for
 * every owner until user-service holds per-user quotas
 * @param trashRetention how long a photo stays in the trash before the scheduled purge deletes it
 * @param purgeBatchSize most photos one purge transaction deletes
 */
@ConfigurationProperties("photoapp.catalogue")
public record CatalogueProperties(@DefaultValue("16GB") DataSize quotaBytes,
		@DefaultValue("30d") Duration trashRetention, @DefaultValue("500") int purgeBatchSize) {

	public CatalogueProperties {
		if (quotaBytes.toBytes() < 1) {
			throw new IllegalArgumentException("photoapp.catalogue.quota-bytes must be positive");
		}
		if (!trashRetention.isPositive()) {
			throw new IllegalArgumentException("photoapp.catalogue.trash-retention must be positive");
		}
		if (purgeBatchSize < 1) {
			throw new IllegalArgumentException("photoapp.catalogue.purge-batch-size must be positive");
		}
	}

}
