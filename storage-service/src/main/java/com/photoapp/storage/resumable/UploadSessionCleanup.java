package com.photoapp.storage.resumable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.photoapp.storage.blob.PhotoBlobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes resumable uploads that will not finish: those without progress for longer than the
 * expiry, and every one of an owner whose account is deleted. Their staged blocks go first, then
 * their records, so a crash in between leaves a record that the next run finds again.
 */
@Component
@EnableConfigurationProperties(ResumableProperties.class)
public class UploadSessionCleanup {

	private static final Logger logger = LoggerFactory.getLogger(UploadSessionCleanup.class);

	private static final int BATCH_SIZE = 100;

	private final UploadSessions sessions;

	private final PhotoBlobs blobs;

	private final ResumableProperties properties;

	private final Clock clock;

	UploadSessionCleanup(UploadSessions sessions, PhotoBlobs blobs, ResumableProperties properties, Clock clock) {
		this.sessions = sessions;
		this.blobs = blobs;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${photoapp.storage.resumable.sweep-interval:10m}",
			initialDelayString = "${photoapp.storage.resumable.sweep-interval:10m}")
	void scheduledSweep() {
		removeExpired();
	}

	/**
	 * Removes the staged blocks and records of every session without progress for longer than the
	 * expiry.
	 * @return how many sessions were removed
	 */
	public int removeExpired() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.properties.expireAfter());
		int removed = 0;
		List<UploadSession> batch;
		do {
			batch = this.sessions.quietSince(cutoff, cutoff, BATCH_SIZE);
			batch.forEach(this::remove);
			removed += batch.size();
		}
		while (batch.size() == BATCH_SIZE);
		if (removed > 0) {
			logger.info("Removed {} expired uploads", removed);
		}
		return removed;
	}

	/**
	 * Removes every resumable upload of an owner.
	 * @param ownerId the owner
	 * @return how many sessions were removed
	 */
	public int removeOwner(UUID ownerId) {
		List<UploadSession> owned = this.sessions.findAllOwned(ownerId);
		owned.forEach(this::remove);
		return owned.size();
	}

	private void remove(UploadSession session) {
		this.blobs.discardChunks(session.ownerId(), session.photoId());
		this.sessions.delete(session.id());
	}

}
