package com.photoapp.photo.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers photos, looks them up and changes them for their owner. */
@Service
class PhotoCatalogue {

	private static final Logger logger = LoggerFactory.getLogger(PhotoCatalogue.class);

	private final PhotoRepository photos;

	private final CatalogueProperties properties;

	private final Clock clock;

	PhotoCatalogue(PhotoRepository photos, CatalogueProperties properties, Clock clock) {
		this.photos = photos;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Registers the photo. A retry with the same id answers the photo registered before, so that
	 * storage-service can retry safely; bytes the owner holds already under another id answer that
	 * photo, out of the trash if it was there. The owner's lock makes the quota check and the insert
	 * one step: two concurrent registrations cannot both fit into the last free bytes.
	 */
	@Transactional
	Registration register(UUID ownerId, PhotoRegistration request) {
		String fileName = FileNames.clean(request.fileName());
		this.photos.lockOwner(ownerId);
		Optional<Photo> registered = this.photos.findById(request.photoId());
		if (registered.isPresent()) {
			return retried(ownerId, registered.get());
		}
		Optional<Photo> duplicate = duplicateOf(ownerId, request.sha256());
		if (duplicate.isPresent()) {
			logger.info("Photo {} of owner {} duplicates photo {}", request.photoId(), ownerId, duplicate.get().id());
			return new Registration(duplicate.get(), Outcome.DUPLICATE);
		}
		checkQuota(ownerId, request.sizeBytes());
		Photo photo = newPhoto(ownerId, fileName, request);
		if (!this.photos.insertIfAbsent(photo)) {
			// Only another owner's registration of the same id can get in between: ours hold the lock.
			return retried(ownerId, this.photos.findById(photo.id()).orElseThrow(() -> conflict(photo.id(), ownerId)));
		}
		logger.info("Registered photo {} for owner {}", photo.id(), ownerId);
		return new Registration(photo, Outcome.CREATED);
	}

	Photo get(UUID ownerId, UUID photoId) {
		return this.photos.findOwned(ownerId, photoId).orElseThrow(() -> new PhotoNotFoundException(photoId));
	}

	/**
	 * Applies a rename, a favourite mark or both.
	 * @throws InvalidRequestException when the patch changes neither
	 * @throws InvalidFileNameException when the new name is unfit
	 */
	Photo update(UUID ownerId, UUID photoId, PhotoPatch patch) {
		if (patch.fileName() == null && patch.favourite() == null) {
			throw new InvalidRequestException("A patch needs fileName or favourite");
		}
		String fileName = (patch.fileName() != null) ? FileNames.clean(patch.fileName()) : null;
		return this.photos.update(ownerId, photoId, fileName, patch.favourite())
			.orElseThrow(() -> new PhotoNotFoundException(photoId));
	}

	private Registration retried(UUID ownerId, Photo registered) {
		if (!registered.ownerId().equals(ownerId)) {
			throw conflict(registered.id(), ownerId);
		}
		return new Registration(registered, Outcome.RETRIED);
	}

	// A concurrent purge may delete a trashed duplicate before it is restored; the photo is new then.
	private Optional<Photo> duplicateOf(UUID ownerId, String sha256) {
		return this.photos.findBySha256(ownerId, sha256)
			.flatMap((photo) -> photo.trashed() ? this.photos.restore(ownerId, photo.id()) : Optional.of(photo));
	}

	private void checkQuota(UUID ownerId, long sizeBytes) {
		long used = this.photos.usage(ownerId).usedBytes();
		long quota = this.properties.quotaBytes().toBytes();
		// Written as a subtraction: used + sizeBytes could overflow for an absurd size.
		if (sizeBytes > quota - used) {
			logger.info("Refused photo of {} bytes for owner {}: {} of {} bytes used", sizeBytes, ownerId, used, quota);
			throw new QuotaExceededException(used, quota);
		}
	}

	private Photo newPhoto(UUID ownerId, String fileName, PhotoRegistration request) {
		return new Photo(request.photoId(), ownerId, fileName, request.contentType(), request.sizeBytes(),
				request.sha256(), request.width(), request.height(), microseconds(request.takenAt()),
				request.takenAtOffset(), microseconds(this.clock.instant()), request.cameraMake(),
				request.cameraModel(), request.location(), request.hasDerivatives(), false, null);
	}

	private static PhotoIdConflictException conflict(UUID photoId, UUID ownerId) {
		logger.warn("Refused photo id {} for owner {}: taken by another owner", photoId, ownerId);
		return new PhotoIdConflictException(photoId);
	}

	// PostgreSQL rounds to microseconds; truncating first keeps the answer equal to a later read.
	private static @Nullable Instant microseconds(@Nullable Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS) : null;
	}

	/** How a registration ended. */
	enum Outcome {

		/** A new photo. */
		CREATED,

		/** The same id was registered before for this owner. */
		RETRIED,

		/** The owner holds these bytes already under another id; the answer is that photo. */
		DUPLICATE

	}

	/**
	 * The outcome of a registration.
	 *
	 * @param photo the registered photo
	 * @param outcome how it came about
	 */
	record Registration(Photo photo, Outcome outcome) {

	}

}
