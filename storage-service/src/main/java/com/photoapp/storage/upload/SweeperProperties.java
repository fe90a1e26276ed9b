package com.photoapp.storage.upload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sweeper of abandoned uploads; its interval is read by the {@code @Scheduled}
 * annotation ({@code photoapp.storage.sweeper.interval}).
 *
 * @param grace how old a pending upload must be before it counts as abandoned; far longer than
 * the slowest upload
 * @param batchSize rows read per query
 */
@ConfigurationProperties("photoapp.storage.sweeper")
record SweeperProperties(@DefaultValue("1h") Duration grace, @DefaultValue("100") int batchSize) {

	SweeperProperties {
		if (!grace.isPositive()) {
			throw new IllegalArgumentException("photoapp.storage.sweeper.grace must be positive");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("photoapp.storage.sweeper.batch-size must be positive");
		}
	}

}
