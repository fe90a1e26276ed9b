package com.photoapp.user.account;

import java.util.UUID;

import com.photoapp.events.Topics;
import com.photoapp.events.UserDeleted;
import com.photoapp.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account: the {@code app_user} row goes and a {@link UserDeleted} event is recorded in
 * the same transaction. The event is recorded even when there was no row, because photos belong
 * to the owner id from the token whether or not the profile was ever read.
 */
@Service
class AccountDeletion {

	private static final Logger logger = LoggerFactory.getLogger(AccountDeletion.class);

	private final JdbcClient jdbc;

	private final Outbox outbox;

	AccountDeletion(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	@Transactional
	void delete(UUID ownerId) {
		int rows = this.jdbc.sql("delete from app_user where id = :id").param("id", ownerId).update();
		UUID eventId = this.outbox.append(Topics.USER_EVENTS, ownerId, UserDeleted.TYPE, UserDeleted.VERSION,
				new UserDeleted(ownerId));
		logger.info("Deleted account {} ({} rows), event {}", ownerId, rows, eventId);
	}

}
