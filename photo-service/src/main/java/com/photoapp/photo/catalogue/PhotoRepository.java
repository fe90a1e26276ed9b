package com.photoapp.photo.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code photo} table. Every read and delete that serves a user is scoped by owner, so another
 * owner's photo is indistinguishable from a missing one.
 */
@Repository
public class PhotoRepository {

	private static final String COLUMNS = """
			id, owner_id, file_name, content_type, size_bytes, sha256, width, height, taken_at, uploaded_at""";

	private final JdbcClient jdbc;

	PhotoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the photo unless its id exists already, for whichever owner. */
	boolean insertIfAbsent(Photo photo) {
		int inserted = this.jdbc.sql("""
				insert into photo (id, owner_id, file_name, content_type, size_bytes, sha256, width, height,
					taken_at, uploaded_at, sort_at)
				values (:id, :ownerId, :fileName, :contentType, :sizeBytes, :sha256, :width, :height,
					:takenAt, :uploadedAt, :sortAt)
				on conflict (id) do nothing""")
			.param("id", photo.id())
			.param("ownerId", photo.ownerId())
			.param("fileName", photo.fileName())
			.param("contentType", photo.contentType())
			.param("sizeBytes", photo.sizeBytes())
			.param("sha256", photo.sha256())
			.param("width", photo.width())
			.param("height", photo.height())
			.param("takenAt", utc(photo.takenAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("uploadedAt", utc(photo.uploadedAt()))
			.param("sortAt", utc(photo.sortKey().sortAt()))
			.update();
		return inserted == 1;
	}

	Optional<Photo> findById(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from photo where id = :id")
			.param("id", id)
			.query(PhotoRepository::mapRow)
			.optional();
	}

	public Optional<Photo> findOwned(UUID ownerId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from photo where id = :id and owner_id = :ownerId")
			.param("id", id)
			.param("ownerId", ownerId)
			.query(PhotoRepository::mapRow)
			.optional();
	}

	/**
	 * The owner's photos in timeline order, starting after {@code after} when given. The row
	 * comparison lets PostgreSQL walk the {@code (owner_id, sort_at desc, id desc)} index.
	 */
	public List<Photo> findNewestFirst(UUID ownerId, @Nullable SortKey after, int limit) {
		if (after == null) {
			return this.jdbc.sql("select " + COLUMNS + """
					 from photo where owner_id = :ownerId
					order by sort_at desc, id desc limit :limit""")
				.param("ownerId", ownerId)
				.param("limit", limit)
				.query(PhotoRepository::mapRow)
				.list();
		}
		return this.jdbc.sql("select " + COLUMNS + """
				 from photo where owner_id = :ownerId and (sort_at, id) < (:sortAt, :id)
				order by sort_at desc, id desc limit :limit""")
			.param("ownerId", ownerId)
			.param("sortAt", utc(after.sortAt()))
			.param("id", after.id())
			.param("limit", limit)
			.query(PhotoRepository::mapRow)
			.list();
	}

	/** Deletes the owner's photo; {@code false} when the owner has no photo with that id. */
	public boolean deleteOwned(UUID ownerId, UUID id) {
		return this.jdbc.sql("delete from photo where id = :id and owner_id = :ownerId")
			.param("id", id)
			.param("ownerId", ownerId)
			.update() == 1;
	}

	/**
	 * Which of the given photo ids have a row, whoever owns them.
	 * @param ids the ids to look up
	 * @return the subset that exists
	 */
	public List<UUID> existing(List<UUID> ids) {
		return this.jdbc.sql("select id from photo where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(UUID.class)
			.list();
	}

	private static Photo mapRow(ResultSet rs, int rowNum) throws SQLException {
		return new Photo(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getInt("width"), rs.getInt("height"), instant(rs, "taken_at"),
				instant(rs, "uploaded_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
