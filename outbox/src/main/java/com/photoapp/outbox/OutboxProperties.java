package com.photoapp.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay and its cleanup. The poll and cleanup intervals are read by the
 * {@code @Scheduled} annotations themselves ({@code photoapp.outbox.poll-interval},
 * {@code photoapp.outbox.cleanup-interval}).
 *
 * @param batchSize most records one poll sends
 * @param sendTimeout how long to wait for the broker's acknowledgement of one record; longer than
 * the producer's {@code delivery.timeout.ms} so that the producer reports its own failure first
 * @param retention how long published records are kept for inspection before cleanup deletes them
 */
@ConfigurationProperties("photoapp.outbox")
public record OutboxProperties(@DefaultValue("100") int batchSize, @DefaultValue("20s") Duration sendTimeout,
		@DefaultValue("7d") Duration retention) {

	public OutboxProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("photoapp.outbox.batch-size must be positive");
		}
		if (!sendTimeout.isPositive()) {
			throw new IllegalArgumentException("photoapp.outbox.send-timeout must be positive");
		}
		if (!retention.isPositive()) {
			throw new IllegalArgumentException("photoapp.outbox.retention must be positive");
		}
	}

}
