package com.photoapp.storage.resumable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A resumable upload: the file its owner declared and how it is cut into chunks. Chunk {@code n}
 * covers bytes {@code n * chunkSize} up to the next chunk or the end of the file.
 *
 * @param id the session id
 * @param ownerId the owner, from the token that declared it
 * @param photoId the id the photo and its blobs will have
 * @param fileName the sanitised display name
 * @param sizeBytes the declared size
 * @param sha256 the declared SHA-256, lower-case hex
 * @param chunkSize the size of every chunk but the last
 * @param chunkCount how many chunks make the file
 * @param lastActivityAt when the session was declared or last received a chunk
 */
record UploadSession(UUID id, UUID ownerId, UUID photoId, String fileName, long sizeBytes, String sha256,
		int chunkSize, int chunkCount, Instant lastActivityAt) {

	/** The exact length chunk {@code index} must have. */
	long lengthOf(int index) {
		return (index < this.chunkCount - 1) ? this.chunkSize : this.sizeBytes - (long) this.chunkSize * index;
	}

	boolean hasChunk(int index) {
		return index >= 0 && index < this.chunkCount;
	}

	Instant expiresAt(Duration expireAfter) {
		return this.lastActivityAt.plus(expireAfter);
	}

}
