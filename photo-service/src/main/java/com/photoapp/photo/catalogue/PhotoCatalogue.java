package com.photoapp.photo.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/** Registers photos and looks them up for their owner. */
@Service
class PhotoCatalogue {

	private static final Logger logger = LoggerFactory.getLogger(PhotoCatalogue.class);

	private final PhotoRepository photos;

	private final Clock clock;

	PhotoCatalogue(PhotoRepository photos, Clock clock) {
		this.photos = photos;
		this.clock = clock;
	}

	/**
	 * Registers the photo, or returns the one already registered under that id for the same owner
	 * so that storage-service can retry safely. The insert decides under concurrency; the read
	 * after it only reports the outcome.
	 */
	Registration register(UUID ownerId, PhotoRegistration request) {
		Photo photo = new Photo(request.photoId(), ownerId, request.fileName(), request.contentType(),
				request.sizeBytes(), request.sha256(), request.width(), request.height(),
				microseconds(request.takenAt()), microseconds(this.clock.instant()));
		if (this.photos.insertIfAbsent(photo)) {
			logger.info("Registered photo {} for owner {}", photo.id(), ownerId);
			return new Registration(photo, true);
		}
		Photo existing = this.photos.findById(photo.id()).orElseThrow(() -> new PhotoIdConflictException(photo.id()));
		if (!existing.ownerId().equals(ownerId)) {
			logger.warn("Refused photo id {} for owner {}: taken by another owner", photo.id(), ownerId);
			throw new PhotoIdConflictException(photo.id());
		}
		return new Registration(existing, false);
	}

	Photo get(UUID ownerId, UUID photoId) {
		return this.photos.findOwned(ownerId, photoId).orElseThrow(() -> new PhotoNotFoundException(photoId));
	}

	// PostgreSQL rounds to microseconds; truncating first keeps the answer equal to a later read.
	private static @Nullable Instant microseconds(@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

	/**
	 * The outcome of a registration.
	 *
	 * @param photo the registered photo
	 * @param created whether this call created it
	 */
	record Registration(Photo photo, boolean created) {

	}

}
