package com.photoapp.storage.ops;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Uploads whose blobs are written but not registered; {@code /ops/**} needs the {@code ops} permission. */
@RestController
class OpsController {

	private final JdbcClient jdbc;

	OpsController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/ops/pending-uploads")
	PendingUploadStatus pendingUploads() {
		return this.jdbc.sql("""
				select count(*) as pending,
				       coalesce(extract(epoch from now() - min(created_at)), 0)::bigint as oldest_seconds
				from storage.pending_upload""")
			.query((rs, row) -> new PendingUploadStatus(rs.getLong("pending"), rs.getLong("oldest_seconds")))
			.single();
	}

	/**
	 * Pending uploads; an old one means a process died between writing and registering.
	 *
	 * @param pending how many
	 * @param oldestPendingSeconds age of the oldest, 0 when none
	 */
	record PendingUploadStatus(long pending, long oldestPendingSeconds) {

	}

}
