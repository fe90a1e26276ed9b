package com.photoapp.storage.resumable;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of resumable uploads, checked at start-up.
 *
 * @param chunkSize the chunk size offered when the client does not ask for one
 * @param minChunkSize the smallest chunk size a client may ask for (the last chunk may be smaller)
 * @param maxChunkSize the largest chunk size a client may ask for, and so the largest staged block
 * @param maxFileSize the largest file a session may declare
 * @param maxChunks the most chunks one file may be cut into
 * @param maxSessionsPerOwner the most unfinished sessions one owner may have at once
 * @param expireAfter how long a session lives without progress before its chunks are removed
 * @param sweepInterval how often expired sessions are looked for
 */
@ConfigurationProperties("photoapp.storage.resumable")
record ResumableProperties(@DefaultValue("8MB") DataSize chunkSize, @DefaultValue("256KB") DataSize minChunkSize,
		@DefaultValue("64MB") DataSize maxChunkSize, @DefaultValue("4GB") DataSize maxFileSize,
		@DefaultValue("2048") int maxChunks, @DefaultValue("20") int maxSessionsPerOwner,
		@DefaultValue("24h") Duration expireAfter, @DefaultValue("10m") Duration sweepInterval) {

	ResumableProperties {
		if (minChunkSize.toBytes() < 1 || minChunkSize.toBytes() > chunkSize.toBytes()
				|| chunkSize.toBytes() > maxChunkSize.toBytes() || maxChunkSize.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(
					"photoapp.storage.resumable needs 0 < min-chunk-size <= chunk-size <= max-chunk-size < 2 GB");
		}
		if (maxFileSize.toBytes() < 1 || maxChunks < 1 || maxSessionsPerOwner < 1) {
			throw new IllegalArgumentException("photoapp.storage.resumable limits must be positive");
		}
		if (!expireAfter.isPositive() || !sweepInterval.isPositive()) {
			throw new IllegalArgumentException("photoapp.storage.resumable durations must be positive");
		}
	}

}
