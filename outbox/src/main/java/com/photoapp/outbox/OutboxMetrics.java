package com.photoapp.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishes how far the relay is behind: the number of unpublished records and the age of the
 * oldest one. Both are read from the table at each scrape, so they stay true across instances.
 */
public class OutboxMetrics implements MeterBinder {

	static final String PENDING = "photoapp.outbox.pending";

	static final String OLDEST_AGE = "photoapp.outbox.oldest.age";

	private static final Logger logger = LoggerFactory.getLogger(OutboxMetrics.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(PENDING, this, OutboxMetrics::pending)
			.description("Outbox records not yet acknowledged by the broker")
			.baseUnit("records")
			.register(registry);
		Gauge.builder(OLDEST_AGE, this, OutboxMetrics::oldestAgeSeconds)
			.description("Age of the oldest unpublished outbox record, 0 when none is pending")
			.baseUnit("seconds")
			.register(registry);
	}

	// A scrape while the database is away reports no value (NaN) instead of failing the whole scrape.
	double pending() {
		try {
			return this.jdbc.sql("select count(*) from outbox_event where published_at is null")
				.query(Long.class)
				.single();
		}
		catch (RuntimeException ex) {
			logger.debug("Outbox backlog unreadable: {}", ex.getClass().getName());
			return Double.NaN;
		}
	}

	double oldestAgeSeconds() {
		try {
			Optional<Timestamp> oldest = this.jdbc
				.sql("select min(created_at) from outbox_event where published_at is null")
				.query(Timestamp.class)
				.optional();
			return oldest.map((created) -> Duration.between(created.toInstant(), this.clock.instant()))
				.map((age) -> Math.max(0, age.toMillis()) / 1000.0)
				.orElse(0.0);
		}
		catch (RuntimeException ex) {
			logger.debug("Outbox age unreadable: {}", ex.getClass().getName());
			return Double.NaN;
		}
	}

}
