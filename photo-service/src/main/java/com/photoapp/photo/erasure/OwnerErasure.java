package com.photoapp.photo.erasure;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes every catalogue row of an owner in batches, each in its own short transaction, so an
 * owner with thousands of photos neither holds locks for long nor loses progress on a crash: the
 * redelivered event deletes what is left.
 */
@Component
class OwnerErasure {

	static final int BATCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	OwnerErasure(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Deletes the owner's rows until none is left.
	 * @param ownerId the owner
	 * @return how many rows this call deleted
	 */
	int erase(UUID ownerId) {
		int total = 0;
		int deleted;
		do {
			deleted = deleteBatch(ownerId);
			total += deleted;
		}
		while (deleted > 0);
		return total;
	}

	/** One batch, committed on its own. */
	int deleteBatch(UUID ownerId) {
		Integer deleted = this.transaction.execute((status) -> this.jdbc.sql("""
				delete from photo where id in (
					select id from photo where owner_id = :ownerId limit :limit for update skip locked)""")
			.param("ownerId", ownerId)
			.param("limit", BATCH_SIZE)
			.update());
		return (deleted != null) ? deleted : 0;
	}

}
