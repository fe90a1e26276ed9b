package com.photoapp.user.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay and its cleanup. The poll and cleanup intervals are read by the
 * {@code @Scheduled} annotations themselves ({@code photoapp.outbox.poll-interval},
 * {@code photoapp.outbox.cleanup-interval}).
 *
 * @param batchSize most records one poll sends
 * @param sendTimeout how long to wait for the broker's acknowledgement of one record
 * @param retention how long published records are kept before cleanup deletes them
 */
@ConfigurationProperties("photoapp.outbox")
record OutboxProperties(@DefaultValue("100") int batchSize, @DefaultValue("20s") Duration sendTimeout,
		@DefaultValue("7d") Duration retention) {

	OutboxProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("photoapp.outbox.batch-size must be positive");
		}
		if (!sendTimeout.isPositive() || !retention.isPositive()) {
			throw new IllegalArgumentException("photoapp.outbox durations must be positive");
		}
	}

}
