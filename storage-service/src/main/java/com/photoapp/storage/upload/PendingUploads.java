package com.photoapp.storage.upload;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of blobs written but not yet registered with the catalogue. A row outlives its
 * upload only if the process died in between, which lets a sweeper find and remove the blobs.
 */
@Repository
class PendingUploads {

	private final JdbcClient jdbc;

	PendingUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(UUID ownerId, UUID photoId) {
		this.jdbc.sql("insert into storage.pending_upload (photo_id, owner_id, created_at) values (?, ?, now())")
			.params(photoId, ownerId)
			.update();
	}

	void remove(UUID photoId) {
		this.jdbc.sql("delete from storage.pending_upload where photo_id = ?").param(photoId).update();
	}

}
