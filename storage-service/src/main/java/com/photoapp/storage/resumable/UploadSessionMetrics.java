package com.photoapp.storage.resumable;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes the number of resumable uploads declared and neither completed, aborted nor expired,
 * read from the table at each scrape so every instance reports the same number.
 */
@Component
class UploadSessionMetrics implements MeterBinder {

	static final String IN_FLIGHT = "photoapp.uploads.sessions.active";

	private final JdbcClient jdbc;

	UploadSessionMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(IN_FLIGHT, this, UploadSessionMetrics::inFlight)
			.description("Resumable upload sessions in flight")
			.register(registry);
	}

	// NaN while the database is away, rather than a failed scrape.
	double inFlight() {
		try {
			return this.jdbc.sql("select count(*) from storage.upload_session").query(Long.class).single();
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
