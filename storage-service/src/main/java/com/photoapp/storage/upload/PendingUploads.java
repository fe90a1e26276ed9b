package com.photoapp.storage.upload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of blobs written but not yet registered with the catalogue. A row outlives its
 * upload only if the process died in between, which lets a sweeper find and remove the blobs.
 */
@Repository
public class PendingUploads {

	private final JdbcClient jdbc;

	PendingUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID ownerId, UUID photoId) {
		this.jdbc.sql("insert into storage.pending_upload (photo_id, owner_id, created_at) values (?, ?, now())")
			.params(photoId, ownerId)
			.update();
	}

	List<Pending> olderThan(Instant cutoff, int limit) {
		return this.jdbc.sql("""
				select photo_id, owner_id from storage.pending_upload
				where created_at < ? order by created_at limit ?""")
			.params(cutoff.atOffset(ZoneOffset.UTC), limit)
			.query(PendingUploads::mapPending)
			.list();
	}

	void remove(UUID photoId) {
		this.jdbc.sql("delete from storage.pending_upload where photo_id = ?").param(photoId).update();
	}

	/**
	 * Forgets every pending upload of an owner whose blobs are gone.
	 * @param ownerId the owner
	 * @return how many rows were removed
	 */
	public int removeOwner(UUID ownerId) {
		return this.jdbc.sql("delete from storage.pending_upload where owner_id = ?").param(ownerId).update();
	}

	private static Pending mapPending(ResultSet rs, int rowNum) throws SQLException {
		return new Pending(rs.getObject("photo_id", UUID.class), rs.getObject("owner_id", UUID.class));
	}

	/** One pending upload. */
	record Pending(UUID photoId, UUID ownerId) {

	}

}
