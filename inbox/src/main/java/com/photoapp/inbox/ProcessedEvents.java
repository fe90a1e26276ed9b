package com.photoapp.inbox;

import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The ids of events whose effect is done. A redelivered or replayed event is found here and
 * skipped, so that, for example, an old {@code UserDeleted} replayed after the owner signed up
 * again cannot remove the owner's new photos. Rows are kept well beyond the topics' retention
 * ({@code photoapp.processed-events.retention}, 30 days), after which no redelivery can happen.
 * Each consuming service's own migration creates the {@code processed_event} table.
 */
public class ProcessedEvents {

	private static final Logger logger = LoggerFactory.getLogger(ProcessedEvents.class);

	private final JdbcClient jdbc;

	private final Duration retention;

	public ProcessedEvents(JdbcClient jdbc, Duration retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	public boolean contains(UUID eventId) {
		return this.jdbc.sql("select exists (select 1 from processed_event where event_id = ?)")
			.param(eventId)
			.query(Boolean.class)
			.single();
	}

	public void add(UUID eventId, String eventType) {
		this.jdbc.sql("""
				insert into processed_event (event_id, event_type, processed_at) values (?, ?, now())
				on conflict (event_id) do nothing""")
			.params(eventId, eventType)
			.update();
	}

	@Scheduled(fixedDelayString = "${photoapp.processed-events.cleanup-interval:1h}",
			initialDelayString = "${photoapp.processed-events.cleanup-interval:1h}")
	public void deleteExpired() {
		int deleted = this.jdbc
			.sql("delete from processed_event where processed_at < now() - make_interval(secs => ?)")
			.param(this.retention.toSeconds())
			.update();
		if (deleted > 0) {
			logger.info("Forgot {} processed events past retention", deleted);
		}
	}

}
