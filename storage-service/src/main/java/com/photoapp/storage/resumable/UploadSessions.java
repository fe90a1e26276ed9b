package com.photoapp.storage.resumable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code upload_session} and {@code upload_chunk} tables. Every read that serves a user is
 * scoped by owner, so another owner's session is indistinguishable from a missing one.
 */
@Repository
class UploadSessions {

	private static final String COLUMNS = """
			id, owner_id, photo_id, file_name, size_bytes, sha256, chunk_size, chunk_count, last_activity_at""";

	private final JdbcClient jdbc;

	UploadSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UploadSession session) {
		this.jdbc.sql("""
				insert into storage.upload_session (id, owner_id, photo_id, file_name, size_bytes, sha256,
					chunk_size, chunk_count, created_at, last_activity_at)
				values (:id, :ownerId, :photoId, :fileName, :sizeBytes, :sha256, :chunkSize, :chunkCount, :at, :at)""")
			.param("id", session.id())
			.param("ownerId", session.ownerId())
			.param("photoId", session.photoId())
			.param("fileName", session.fileName())
			.param("sizeBytes", session.sizeBytes())
			.param("sha256", session.sha256())
			.param("chunkSize", session.chunkSize())
			.param("chunkCount", session.chunkCount())
			.param("at", utc(session.lastActivityAt()))
			.update();
	}

	Optional<UploadSession> findOwned(UUID ownerId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from storage.upload_session where id = ? and owner_id = ?")
			.params(id, ownerId)
			.query(UploadSessions::mapRow)
			.optional();
	}

	int countOwned(UUID ownerId) {
		return this.jdbc.sql("select count(*) from storage.upload_session where owner_id = ?")
			.param(ownerId)
			.query(Integer.class)
			.single();
	}

	/** Records a staged chunk and counts it as progress. */
	void chunkReceived(UUID id, int index, Instant at) {
		this.jdbc.sql("insert into storage.upload_chunk (session_id, index) values (?, ?) on conflict do nothing")
			.params(id, index)
			.update();
		this.jdbc.sql("update storage.upload_session set last_activity_at = ? where id = ?")
			.params(utc(at), id)
			.update();
	}

	List<Integer> receivedChunks(UUID id) {
		return this.jdbc.sql("select index from storage.upload_chunk where session_id = ? order by index")
			.param(id)
			.query(Integer.class)
			.list();
	}

	/**
	 * Claims a session for completion, so that two completions of one upload cannot run at once. A
	 * claim older than {@code staleBefore} is taken to belong to a process that died.
	 */
	boolean claim(UUID id, Instant now, Instant staleBefore) {
		return this.jdbc.sql("""
				update storage.upload_session set completing_since = ?
				where id = ? and (completing_since is null or completing_since < ?)""")
			.params(utc(now), id, utc(staleBefore))
			.update() == 1;
	}

	void release(UUID id) {
		this.jdbc.sql("update storage.upload_session set completing_since = null where id = ?").param(id).update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from storage.upload_session where id = ?").param(id).update();
	}

	/** Sessions without progress since {@code cutoff} that no completion is working on. */
	List<UploadSession> quietSince(Instant cutoff, Instant staleClaimsBefore, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from storage.upload_session
				where last_activity_at < ? and (completing_since is null or completing_since < ?)
				order by last_activity_at limit ?""")
			.params(utc(cutoff), utc(staleClaimsBefore), limit)
			.query(UploadSessions::mapRow)
			.list();
	}

	/** Every session of an owner, for erasing the owner's data. */
	List<UploadSession> findAllOwned(UUID ownerId) {
		return this.jdbc.sql("select " + COLUMNS + " from storage.upload_session where owner_id = ?")
			.param(ownerId)
			.query(UploadSessions::mapRow)
			.list();
	}

	private static UploadSession mapRow(ResultSet rs, int rowNum) throws SQLException {
		return new UploadSession(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
				rs.getObject("photo_id", UUID.class), rs.getString("file_name"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getInt("chunk_size"), rs.getInt("chunk_count"),
				rs.getObject("last_activity_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
