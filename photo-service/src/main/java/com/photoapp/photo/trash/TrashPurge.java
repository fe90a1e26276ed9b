package com.photoapp.photo.trash;

import java.time.Clock;
import java.time.Instant;

import com.photoapp.photo.catalogue.CatalogueProperties;
import com.photoapp.photo.deletion.PhotoDeletion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges photos that have been in the trash longer than the retention. Each batch commits on its
 * own with its events, and concurrent runs (several instances) skip each other's rows, so a run that
 * dies midway loses nothing and the next run carries on. The first run waits one interval, which
 * also keeps it out of tests that do not call it themselves.
 */
@Component
class TrashPurge {

	private static final Logger logger = LoggerFactory.getLogger(TrashPurge.class);

	private final PhotoDeletion deletion;

	private final CatalogueProperties properties;

	private final Clock clock;

	TrashPurge(PhotoDeletion deletion, CatalogueProperties properties, Clock clock) {
		this.deletion = deletion;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Purges everything trashed before now minus the retention.
	 * @return how many photos were purged
	 */
	@Scheduled(fixedDelayString = "${photoapp.catalogue.trash-purge-interval:1h}",
			initialDelayString = "${photoapp.catalogue.trash-purge-interval:1h}")
	int purgeExpired() {
		Instant cutoff = this.clock.instant().minus(this.properties.trashRetention());
		int batchSize = this.properties.purgeBatchSize();
		int total = 0;
		int purged;
		do {
			purged = this.deletion.purgeTrashedBeforeBatch(cutoff, batchSize);
			total += purged;
		}
		while (purged == batchSize);
		if (total > 0) {
			logger.info("Purged {} photos trashed before {}", total, cutoff);
		}
		return total;
	}

}
