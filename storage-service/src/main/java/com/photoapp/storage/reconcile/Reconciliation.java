package com.photoapp.storage.reconcile;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.azure.core.http.rest.PagedResponse;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.reconcile.ReconciliationReport.Orphan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Compares the container with the catalogue, one listing page at a time: a photo whose blobs are
 * all older than the grace window and that photo-service does not know is an orphan, reported and,
 * unless it is a dry run, deleted. Blobs within the grace window may belong to an upload still
 * registering and are never touched; names outside the {@code {ownerId}/{photoId}/} layout are
 * skipped.
 */
@Service
class Reconciliation {

	private static final Logger logger = LoggerFactory.getLogger(Reconciliation.class);

	private final BlobContainerClient container;

	private final PhotoBlobs blobs;

	private final KnownPhotosClient catalogue;

	private final ReconciliationProperties properties;

	private final Clock clock;

	Reconciliation(BlobContainerClient container, PhotoBlobs blobs, KnownPhotosClient catalogue,
			ReconciliationProperties properties, Clock clock) {
		this.container = container;
		this.blobs = blobs;
		this.catalogue = catalogue;
		this.properties = properties;
		this.clock = clock;
	}

	ReconciliationReport run(String accessToken, boolean dryRun) {
		Instant cutoff = this.clock.instant().minus(this.properties.grace());
		Tally tally = new Tally();
		ListBlobsOptions options = new ListBlobsOptions().setMaxResultsPerPage(this.properties.pageSize());
		for (PagedResponse<BlobItem> page : this.container.listBlobs(options, null).iterableByPage()) {
			reconcilePage(accessToken, dryRun, cutoff, page.getValue(), tally);
		}
		logger.info("Reconciliation (dry run {}) scanned {} blobs, found {} orphan photos, removed {}", dryRun,
				tally.scanned, tally.orphans, tally.removed);
		return new ReconciliationReport(dryRun, tally.scanned, tally.orphans, tally.removed, List.copyOf(tally.listed));
	}

	private void reconcilePage(String accessToken, boolean dryRun, Instant cutoff, List<BlobItem> page, Tally tally) {
		tally.scanned += page.size();
		Map<Orphan, Boolean> settled = photosOf(page, cutoff);
		List<UUID> candidates = settled.entrySet()
			.stream()
			.filter(Map.Entry::getValue)
			.map((entry) -> entry.getKey().photoId())
			.toList();
		if (candidates.isEmpty()) {
			return;
		}
		Set<UUID> known = this.catalogue.known(accessToken, candidates);
		settled.forEach((photo, old) -> {
			if (old && !known.contains(photo.photoId()) && tally.done.add(photo)) {
				orphan(photo, dryRun, tally);
			}
		});
	}

	private void orphan(Orphan photo, boolean dryRun, Tally tally) {
		tally.orphans++;
		if (tally.listed.size() < this.properties.maxReported()) {
			tally.listed.add(photo);
		}
		if (!dryRun) {
			this.blobs.deletePhoto(photo.ownerId(), photo.photoId());
			tally.removed++;
			logger.info("Removed orphan photo {} of owner {}", photo.photoId(), photo.ownerId());
		}
	}

	/** The page's photos, each with whether every one of its blobs on the page is past the cutoff. */
	private static Map<Orphan, Boolean> photosOf(List<BlobItem> page, Instant cutoff) {
		Map<Orphan, Boolean> photos = new LinkedHashMap<>();
		for (BlobItem item : page) {
			parse(item.getName()).ifPresent((photo) -> photos.merge(photo, isOld(item, cutoff), Boolean::logicalAnd));
		}
		return photos;
	}

	private static boolean isOld(BlobItem item, Instant cutoff) {
		OffsetDateTime modified = (item.getProperties() != null) ? item.getProperties().getLastModified() : null;
		return modified != null && modified.toInstant().isBefore(cutoff);
	}

	private static Optional<Orphan> parse(String name) {
		String[] parts = name.split("/", -1);
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			return Optional.of(new Orphan(UUID.fromString(parts[0]), UUID.fromString(parts[1])));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Counts of one run; a photo whose blobs span two pages is settled once. */
	private static final class Tally {

		private final List<Orphan> listed = new ArrayList<>();

		private final Set<Orphan> done = new HashSet<>();

		private long scanned;

		private long orphans;

		private long removed;

	}

}
