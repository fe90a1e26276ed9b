package com.photoapp.photo.ops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outbox as operators see it; {@code /ops/**} needs the {@code ops} permission. */
@RestController
class OpsController {

	private final JdbcClient jdbc;

	OpsController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/ops/outbox")
	OutboxStatus outbox() {
		return this.jdbc.sql("""
				select count(*) as pending,
				       coalesce(extract(epoch from now() - min(created_at)), 0)::bigint as oldest_seconds
				from outbox_event where published_at is null""")
			.query((rs, row) -> new OutboxStatus(rs.getLong("pending"), rs.getLong("oldest_seconds")))
			.single();
	}

	/**
	 * Events not yet acknowledged by the broker.
	 *
	 * @param pending how many
	 * @param oldestPendingSeconds age of the oldest, 0 when none is pending
	 */
	record OutboxStatus(long pending, long oldestPendingSeconds) {

	}

}
