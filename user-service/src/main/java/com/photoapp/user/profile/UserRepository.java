package com.photoapp.user.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
class UserRepository {

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<User> findById(UUID id) {
		return this.jdbc.sql("""
				select id, issuer, subject, display_name, email, quota_bytes, created_at
				from app_user where id = :id""")
			.param("id", id)
			.query(UserRepository::mapRow)
			.optional();
	}

	/**
	 * Inserts the user unless the account exists already; concurrent first requests of one user
	 * therefore create exactly one row, without a unique-violation error for the others.
	 * @return whether this call created the account
	 */
	boolean insertIfAbsent(User user) {
		return this.jdbc.sql("""
				insert into app_user (id, issuer, subject, display_name, email, quota_bytes, created_at)
				values (:id, :issuer, :subject, :displayName, :email, :quotaBytes, :createdAt)
				on conflict do nothing""")
			.param("id", user.id())
			.param("issuer", user.issuer())
			.param("subject", user.subject())
			.param("displayName", user.displayName(), Types.VARCHAR)
			.param("email", user.email(), Types.VARCHAR)
			.param("quotaBytes", user.quotaBytes())
			.param("createdAt", user.createdAt().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	void updateDisplayName(UUID id, String displayName) {
		this.jdbc.sql("update app_user set display_name = :displayName where id = :id")
			.param("id", id)
			.param("displayName", displayName)
			.update();
	}

	private static User mapRow(ResultSet rs, int rowNum) throws SQLException {
		return new User(rs.getObject("id", UUID.class), rs.getString("issuer"), rs.getString("subject"),
				rs.getString("display_name"), rs.getString("email"), rs.getLong("quota_bytes"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
