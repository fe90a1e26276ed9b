package com.photoapp.outbox;

import java.time.Clock;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes published outbox records once they are older than the retention, which keeps the table
 * small while leaving recent history for an operator to inspect. Pending records are never deleted.
 */
public class OutboxCleanup {

	private static final Logger logger = LoggerFactory.getLogger(OutboxCleanup.class);

	private final JdbcClient jdbc;

	private final OutboxProperties properties;

	private final Clock clock;

	public OutboxCleanup(JdbcClient jdbc, OutboxProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${photoapp.outbox.cleanup-interval:1h}",
			initialDelayString = "${photoapp.outbox.cleanup-interval:1h}")
	public void deleteExpired() {
		int deleted = this.jdbc.sql("delete from outbox_event where published_at < :cutoff")
			.param("cutoff", this.clock.instant().minus(this.properties.retention()).atOffset(ZoneOffset.UTC))
			.update();
		if (deleted > 0) {
			logger.info("Deleted {} published outbox events past retention", deleted);
		}
	}

}
