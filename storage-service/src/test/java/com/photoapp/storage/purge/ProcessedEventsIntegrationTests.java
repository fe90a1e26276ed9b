package com.photoapp.storage.purge;

import java.util.UUID;

import com.photoapp.inbox.ProcessedEvents;
import com.photoapp.storage.StorageServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the record of processed events and its cleanup, against the real PostgreSQL.
 */
@StorageServiceTest
class ProcessedEventsIntegrationTests {

	@Autowired
	private ProcessedEvents processed;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void cleanupForgetsOnlyEventsPastTheRetention() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		processedDaysAgo(old, 31);
		processedDaysAgo(recent, 1);

		this.processed.deleteExpired();

		assertThat(this.processed.contains(old)).isFalse();
		assertThat(this.processed.contains(recent)).isTrue();
	}

	@Test
	void recordingAnEventTwiceKeepsOneRow() {
		UUID eventId = UUID.randomUUID();

		this.processed.add(eventId, "PhotoPurged");
		this.processed.add(eventId, "PhotoPurged");

		assertThat(this.jdbc.sql("select count(*) from storage.processed_event where event_id = ?")
			.param(eventId)
			.query(Long.class)
			.single()).isOne();
	}

	private void processedDaysAgo(UUID eventId, int days) {
		this.jdbc.sql("""
				insert into storage.processed_event (event_id, event_type, processed_at)
				values (?, 'PhotoPurged', now() - make_interval(days => ?))""")
			.params(eventId, days)
			.update();
	}

}
