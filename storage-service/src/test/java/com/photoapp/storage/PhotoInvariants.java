package com.photoapp.storage;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.storage.blob.Variant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consistency rules between blobs and the catalogue, stated once for every test that changes
 * either: a stored photo has all its blobs, a purged photo or deleted owner has none, and no blob
 * past the grace window lacks a catalogue row.
 */
public final class PhotoInvariants {

	private final BlobContainerClient container;

	public PhotoInvariants(BlobContainerClient container) {
		this.container = container;
	}

	/** An acknowledged upload: every variant's blob exists. */
	public void assertStored(UUID ownerId, UUID photoId) {
		assertThat(names(ownerId + "/" + photoId + "/")).as("blobs of stored photo %s", photoId)
			.containsExactlyInAnyOrderElementsOf(
					List.of(Variant.values()).stream().map((v) -> ownerId + "/" + photoId + "/" + v.key()).toList());
	}

	/** A purged photo, or an upload removed as abandoned: no blob is left. */
	public void assertPurged(UUID ownerId, UUID photoId) {
		assertThat(names(ownerId + "/" + photoId + "/")).as("blobs of purged photo %s", photoId).isEmpty();
	}

	/** A deleted account: nothing is left under the owner's prefix. */
	public void assertOwnerGone(UUID ownerId) {
		assertThat(names(ownerId + "/")).as("blobs of deleted owner %s", ownerId).isEmpty();
	}

	/**
	 * No blob of the owner last written before the cutoff belongs to a photo the catalogue lacks.
	 * @param ownerId the owner
	 * @param catalogued the owner's photo ids that have a row
	 * @param cutoff the end of the grace window
	 */
	public void assertNoOrphans(UUID ownerId, Set<UUID> catalogued, Instant cutoff) {
		List<String> orphans = this.container.listBlobs(new ListBlobsOptions().setPrefix(ownerId + "/"), null)
			.stream()
			.filter((item) -> item.getProperties().getLastModified().toInstant().isBefore(cutoff))
			.map(BlobItem::getName)
			.filter((name) -> !catalogued.contains(UUID.fromString(name.split("/")[1])))
			.toList();
		assertThat(orphans).as("blobs without a catalogue row past the grace window").isEmpty();
	}

	private List<String> names(String prefix) {
		return this.container.listBlobs(new ListBlobsOptions().setPrefix(prefix), null)
			.stream()
			.map(BlobItem::getName)
			.toList();
	}

}
