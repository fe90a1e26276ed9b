package com.photoapp.storage.resumable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a resumable upload stands; a client resumes by sending the chunks not listed.
 *
 * @param id the upload id
 * @param fileName the display name
 * @param sizeBytes the declared size
 * @param chunkSize the size of every chunk but the last
 * @param chunkCount how many chunks make the file
 * @param receivedChunks the chunks staged so far, in order
 * @param expiresAt when the upload is removed unless a chunk arrives before
 */
record UploadStatus(UUID id, String fileName, long sizeBytes, int chunkSize, int chunkCount,
		List<Integer> receivedChunks, Instant expiresAt) {

}
