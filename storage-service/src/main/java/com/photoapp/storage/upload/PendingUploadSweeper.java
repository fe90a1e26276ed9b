package com.photoapp.storage.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.photoapp.storage.blob.PhotoBlobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the blobs of uploads that never became a registered photo: the process died between
 * storing and registering, or the registration failed and the clean-up after it too. Such uploads
 * are known by their {@code pending_upload} row outliving the grace period.
 * <p>
 * The sweeper trusts the row: a successful upload removes it right after the catalogue answered.
 * It does not ask the catalogue, which would need the owner's token; comparing blobs with the
 * catalogue is the reconciliation's job. The one case this misses is a registration that
 * succeeded followed by a failure to remove the row, which the upload logs at WARN.
 */
@Component
class PendingUploadSweeper {

	private static final Logger logger = LoggerFactory.getLogger(PendingUploadSweeper.class);

	private final PendingUploads pendingUploads;

	private final PhotoBlobs blobs;

	private final SweeperProperties properties;

	private final Clock clock;

	PendingUploadSweeper(PendingUploads pendingUploads, PhotoBlobs blobs, SweeperProperties properties, Clock clock) {
		this.pendingUploads = pendingUploads;
		this.blobs = blobs;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${photoapp.storage.sweeper.interval:10m}",
			initialDelayString = "${photoapp.storage.sweeper.interval:10m}")
	void scheduledSweep() {
		sweep();
	}

	/**
	 * Removes the blobs and rows of pending uploads older than the grace period, a batch at a time.
	 * @return how many uploads were removed
	 */
	int sweep() {
		Instant cutoff = this.clock.instant().minus(this.properties.grace());
		int removed = 0;
		List<PendingUploads.Pending> batch;
		do {
			batch = this.pendingUploads.olderThan(cutoff, this.properties.batchSize());
			batch.forEach(this::remove);
			removed += batch.size();
		}
		while (batch.size() == this.properties.batchSize());
		if (removed > 0) {
			logger.info("Removed {} abandoned uploads older than {}", removed, cutoff);
		}
		return removed;
	}

	// The row goes only after the blobs, so a failure midway leaves it for the next sweep.
	private void remove(PendingUploads.Pending pending) {
		int deleted = this.blobs.deletePhoto(pending.ownerId(), pending.photoId());
		this.pendingUploads.remove(pending.photoId());
		logger.debug("Removed {} blobs of abandoned upload {}", deleted, pending.photoId());
	}

}
