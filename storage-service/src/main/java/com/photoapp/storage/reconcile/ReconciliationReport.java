package com.photoapp.storage.reconcile;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one reconciliation run.
 *
 * @param dryRun whether orphans were only reported
 * @param blobsScanned blobs listed
 * @param orphanPhotos photos with blobs older than the grace window and no catalogue row
 * @param removedPhotos orphan photos whose blobs this run deleted
 * @param orphans the first orphans found
 */
record ReconciliationReport(boolean dryRun, long blobsScanned, long orphanPhotos, long removedPhotos,
		List<Orphan> orphans) {

	/**
	 * One orphan photo.
	 *
	 * @param ownerId the owner prefix
	 * @param photoId the photo prefix
	 */
	record Orphan(UUID ownerId, UUID photoId) {
	}

}
