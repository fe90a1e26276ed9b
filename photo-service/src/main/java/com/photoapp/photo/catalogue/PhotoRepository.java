package com.photoapp.photo.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code photo} table. Every read and change that serves a user is scoped by owner, so another
 * owner's photo is indistinguishable from a missing one. The listings write {@code trashed_at is
 * null} (and {@code favourite}) as literals rather than parameters: only then can a prepared,
 * generic plan use the partial indexes whose predicates they match.
 */
@Repository
public class PhotoRepository {

	private static final String COLUMNS = """
			id, owner_id, file_name, content_type, size_bytes, sha256, width, height, taken_at, taken_at_offset,
			uploaded_at, camera_make, camera_model, latitude, longitude, derivatives, favourite, trashed_at""";

	/**
	 * Month counts of the timeline. A plain {@code group by} reads every row and, for an owner who
	 * holds much of the table, makes PostgreSQL scan the whole table. Instead the query walks
	 * {@code photo_owner_timeline_idx} month by month: the newest photo before a month gives the
	 * month before it, and each month is counted by a range of the index. Months are truncated in UTC
	 * wall-clock time ({@code timestamp}), so the session's time zone never shifts a boundary.
	 */
	static final String MONTH_COUNTS_SQL = """
			with recursive month_start(at) as (
				select date_trunc('month', (select max(sort_at) from photo
					where owner_id = :ownerId and trashed_at is null) at time zone 'UTC')
				union all
				select date_trunc('month', (select max(sort_at) from photo
					where owner_id = :ownerId and trashed_at is null and sort_at < month_start.at at time zone 'UTC')
					at time zone 'UTC')
				from month_start where month_start.at is not null
			)
			select to_char(month_start.at, 'YYYY-MM') as month, (select count(*) from photo
				where owner_id = :ownerId and trashed_at is null and sort_at >= month_start.at at time zone 'UTC'
					and sort_at < (month_start.at + interval '1 month') at time zone 'UTC') as photos
			from month_start where month_start.at is not null
			order by month_start.at desc""";

	private final JdbcClient jdbc;

	PhotoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the timeline, served in index order by {@code photo_owner_timeline_idx} or, for
	 * favourites, {@code photo_owner_favourites_idx}. The row comparison lets PostgreSQL start the
	 * index walk right after the cursor.
	 */
	static String timelineSql(boolean favouritesOnly, boolean afterCursor) {
		return timelineSql(favouritesOnly, afterCursor, false);
	}

	/**
	 * As {@link #timelineSql(boolean, boolean)}, limited to {@code [:from, :until)} when {@code inMonth}:
	 * the same index range, started at the month's end rather than at the newest photo.
	 */
	static String timelineSql(boolean favouritesOnly, boolean afterCursor, boolean inMonth) {
		return "select " + COLUMNS + " from photo where owner_id = :ownerId and trashed_at is null"
				+ (favouritesOnly ? " and favourite" : "") + (afterCursor ? " and (sort_at, id) < (:sortAt, :id)" : "")
				+ (inMonth ? " and sort_at >= :from and sort_at < :until" : "")
				+ " order by sort_at desc, id desc limit :limit";
	}

	/** The trash, newest trashed first, served by {@code photo_owner_trash_idx}. */
	static String trashSql(boolean afterCursor) {
		return "select " + COLUMNS + " from photo where owner_id = :ownerId and trashed_at is not null"
				+ (afterCursor ? " and (trashed_at, id) < (:trashedAt, :id)" : "")
				+ " order by trashed_at desc, id desc limit :limit";
	}

	/**
	 * Serialises the calling transaction with every other transaction that takes the same owner's
	 * lock, until it ends; the registration's quota check relies on it. Two owners whose keys collide
	 * only wait for each other.
	 */
	void lockOwner(UUID ownerId) {
		long key = ownerId.getMostSignificantBits() ^ ownerId.getLeastSignificantBits();
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", key).query((rs, row) -> key).single();
	}

	/** Inserts the photo unless its id, or its hash for the same owner, exists already. */
	boolean insertIfAbsent(Photo photo) {
		int inserted = this.jdbc.sql("""
				insert into photo (id, owner_id, file_name, content_type, size_bytes, sha256, width, height,
					taken_at, taken_at_offset, uploaded_at, sort_at, camera_make, camera_model, latitude, longitude,
					derivatives, favourite, trashed_at)
				values (:id, :ownerId, :fileName, :contentType, :sizeBytes, :sha256, :width, :height,
					:takenAt, :takenAtOffset, :uploadedAt, :sortAt, :cameraMake, :cameraModel, :latitude, :longitude,
					:derivatives, :favourite, :trashedAt)
				on conflict do nothing""")
			.param("id", photo.id())
			.param("ownerId", photo.ownerId())
			.param("fileName", photo.fileName())
			.param("contentType", photo.contentType())
			.param("sizeBytes", photo.sizeBytes())
			.param("sha256", photo.sha256())
			.param("width", photo.width())
			.param("height", photo.height())
			.param("takenAt", utc(photo.takenAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("takenAtOffset", photo.takenAtOffset(), Types.VARCHAR)
			.param("uploadedAt", utc(photo.uploadedAt()))
			.param("sortAt", utc(photo.sortKey().sortAt()))
			.param("cameraMake", photo.cameraMake(), Types.VARCHAR)
			.param("cameraModel", photo.cameraModel(), Types.VARCHAR)
			.param("latitude", (photo.location() != null) ? photo.location().latitude() : null, Types.DOUBLE)
			.param("longitude", (photo.location() != null) ? photo.location().longitude() : null, Types.DOUBLE)
			.param("derivatives", photo.derivatives())
			.param("favourite", photo.favourite())
			.param("trashedAt", utc(photo.trashedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
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

	// sha256 is char(64): a text parameter would turn the comparison into text = text, which the
	// index on the bpchar column cannot serve.
	Optional<Photo> findBySha256(UUID ownerId, String sha256) {
		return this.jdbc
			.sql("select " + COLUMNS + " from photo where owner_id = :ownerId and sha256 = cast(:sha256 as char(64))")
			.param("ownerId", ownerId)
			.param("sha256", sha256)
			.query(PhotoRepository::mapRow)
			.optional();
	}

	/** Which of the hashes the owner holds, trash included. */
	public List<KnownPhoto> findKnown(UUID ownerId, Collection<String> sha256s) {
		return this.jdbc.sql("""
				select sha256, id, trashed_at is not null as trashed from photo
				where owner_id = :ownerId and sha256 = any(cast(:sha256s as char(64)[]))
				order by sha256""")
			.param("ownerId", ownerId)
			.param("sha256s", sha256s.toArray(String[]::new))
			.query((rs, row) -> new KnownPhoto(rs.getString("sha256"), rs.getObject("id", UUID.class),
					rs.getBoolean("trashed")))
			.list();
	}

	public Usage usage(UUID ownerId) {
		return this.jdbc.sql("""
				select coalesce(sum(size_bytes), 0) as used_bytes, count(*) as photos,
					coalesce(sum(size_bytes) filter (where trashed_at is not null), 0) as trashed_bytes,
					count(*) filter (where trashed_at is not null) as trashed
				from photo where owner_id = :ownerId""")
			.param("ownerId", ownerId)
			.query((rs, row) -> new Usage(rs.getLong("used_bytes"), rs.getLong("photos"), rs.getLong("trashed_bytes"),
					rs.getLong("trashed")))
			.single();
	}

	/**
	 * The owner's photos outside the trash in timeline order, starting after {@code after} when given.
	 * @param month when given, only photos whose sort time falls in this UTC month
	 */
	public List<Photo> findNewestFirst(UUID ownerId, @Nullable SortKey after, int limit, boolean favouritesOnly,
			@Nullable YearMonth month) {
		JdbcClient.StatementSpec statement = this.jdbc
			.sql(timelineSql(favouritesOnly, after != null, month != null))
			.param("ownerId", ownerId)
			.param("limit", limit);
		if (after != null) {
			statement = statement.param("sortAt", utc(after.sortAt())).param("id", after.id());
		}
		if (month != null) {
			statement = statement.param("from", month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC))
				.param("until", month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return statement.query(PhotoRepository::mapRow).list();
	}

	/** The owner's trash, newest trashed first, starting after {@code after} when given. */
	public List<Photo> findTrash(UUID ownerId, @Nullable SortKey after, int limit) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(trashSql(after != null))
			.param("ownerId", ownerId)
			.param("limit", limit);
		if (after != null) {
			statement = statement.param("trashedAt", utc(after.sortAt())).param("id", after.id());
		}
		return statement.query(PhotoRepository::mapRow).list();
	}

	public List<MonthCount> countByMonth(UUID ownerId) {
		return this.jdbc.sql(MONTH_COUNTS_SQL)
			.param("ownerId", ownerId)
			.query((rs, row) -> new MonthCount(rs.getString("month"), rs.getLong("photos")))
			.list();
	}

	/**
	 * Renames and marks the owner's photo; a {@code null} argument leaves that column as it is.
	 * @return the photo after the change, empty when the owner has no photo with that id
	 */
	Optional<Photo> update(UUID ownerId, UUID id, @Nullable String fileName, @Nullable Boolean favourite) {
		return this.jdbc.sql("""
				update photo set file_name = coalesce(:fileName, file_name), favourite = coalesce(:favourite, favourite)
				where id = :id and owner_id = :ownerId returning\s""" + COLUMNS)
			.param("fileName", fileName, Types.VARCHAR)
			.param("favourite", favourite, Types.BOOLEAN)
			.param("id", id)
			.param("ownerId", ownerId)
			.query(PhotoRepository::mapRow)
			.optional();
	}

	/** Moves the owner's photo to the trash; {@code false} when it is missing or in the trash already. */
	public boolean trash(UUID ownerId, UUID id, Instant now) {
		return this.jdbc.sql("""
				update photo set trashed_at = :now where id = :id and owner_id = :ownerId and trashed_at is null""")
			.param("now", utc(now))
			.param("id", id)
			.param("ownerId", ownerId)
			.update() == 1;
	}

	/**
	 * Takes the owner's photo out of the trash; a photo outside the trash stays as it is.
	 * @return the photo, empty when the owner has no photo with that id
	 */
	public Optional<Photo> restore(UUID ownerId, UUID id) {
		return this.jdbc.sql("""
				update photo set trashed_at = null where id = :id and owner_id = :ownerId returning\s""" + COLUMNS)
			.param("id", id)
			.param("ownerId", ownerId)
			.query(PhotoRepository::mapRow)
			.optional();
	}

	/** Deletes the owner's photo if it is in the trash; {@code false} otherwise. */
	public boolean deleteTrashed(UUID ownerId, UUID id) {
		return this.jdbc.sql("delete from photo where id = :id and owner_id = :ownerId and trashed_at is not null")
			.param("id", id)
			.param("ownerId", ownerId)
			.update() == 1;
	}

	/**
	 * Deletes up to {@code limit} photos of the owner's trash. Rows locked by a concurrent change (a
	 * restore) are skipped rather than waited for.
	 * @return the deleted photos' ids
	 */
	public List<UUID> deleteTrashOf(UUID ownerId, int limit) {
		return this.jdbc.sql("""
				delete from photo where id in (
					select id from photo where owner_id = :ownerId and trashed_at is not null
					limit :limit for update skip locked)
				returning id""")
			.param("ownerId", ownerId)
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Deletes up to {@code limit} photos of any owner trashed before the cutoff, oldest first. Rows
	 * another purge holds are skipped, so concurrent purges never delete (and announce) a photo twice.
	 * @return the deleted photos
	 */
	public List<PhotoKey> deleteTrashedBefore(Instant cutoff, int limit) {
		return this.jdbc.sql("""
				delete from photo where id in (
					select id from photo where trashed_at < :cutoff
					order by trashed_at limit :limit for update skip locked)
				returning owner_id, id""")
			.param("cutoff", utc(cutoff))
			.param("limit", limit)
			.query((rs, row) -> new PhotoKey(rs.getObject("owner_id", UUID.class), rs.getObject("id", UUID.class)))
			.list();
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
				rs.getString("taken_at_offset"), instant(rs, "uploaded_at"), rs.getString("camera_make"),
				rs.getString("camera_model"), location(rs), rs.getBoolean("derivatives"), rs.getBoolean("favourite"),
				instant(rs, "trashed_at"));
	}

	private static @Nullable Location location(ResultSet rs) throws SQLException {
		Double latitude = rs.getObject("latitude", Double.class);
		Double longitude = rs.getObject("longitude", Double.class);
		return (latitude != null && longitude != null) ? new Location(latitude, longitude) : null;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
