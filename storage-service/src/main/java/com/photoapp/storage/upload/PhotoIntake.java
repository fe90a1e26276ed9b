package com.photoapp.storage.upload;

import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;

import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.catalogue.PhotoCatalogue;
import com.photoapp.storage.catalogue.PhotoRegistration;
import com.photoapp.storage.image.Derivative;
import com.photoapp.storage.image.ImageMetadata;
import com.photoapp.storage.image.ProcessedImage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * What every upload does once its original is stored and checked, whichever way the bytes came:
 * writes the derivatives and registers the photo with the catalogue. Between {@link #begin} and the
 * end of {@link #register}, a pending record names the blobs, so that a crash in between leaves
 * nothing the sweeper cannot find.
 */
@Component
public class PhotoIntake {

	private static final Logger logger = LoggerFactory.getLogger(PhotoIntake.class);

	private static final int MAX_LABEL = 100;

	private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]");

	private final PendingUploads pendingUploads;

	private final PhotoBlobs blobs;

	private final PhotoCatalogue catalogue;

	private final UploadMetrics metrics;

	PhotoIntake(PendingUploads pendingUploads, PhotoBlobs blobs, PhotoCatalogue catalogue, UploadMetrics metrics) {
		this.pendingUploads = pendingUploads;
		this.blobs = blobs;
		this.catalogue = catalogue;
		this.metrics = metrics;
	}

	/**
	 * Refuses at once if the catalogue is known to be down, then records that blobs of the photo are
	 * about to be written.
	 * @param ownerId the owner
	 * @param photoId the photo the blobs belong to
	 */
	public void begin(UUID ownerId, UUID photoId) {
		this.catalogue.ensureAvailable();
		this.pendingUploads.add(ownerId, photoId);
	}

	/**
	 * Stores the derivatives and registers the photo. If the owner has these bytes already, or
	 * anything fails, every blob of the photo is removed again.
	 * @param uploader the uploader's token, forwarded to the catalogue
	 * @param original what was stored as the original
	 * @param image the checked image
	 * @return the catalogued photo, the earlier one for a duplicate
	 */
	public CataloguedPhoto register(Jwt uploader, StoredOriginal original, ProcessedImage image) {
		UUID ownerId = original.ownerId();
		UUID photoId = original.photoId();
		CataloguedPhoto photo;
		try {
			if (image.hasDerivatives()) {
				storeDerivative(ownerId, photoId, Variant.THUMB, image.thumbnail());
				storeDerivative(ownerId, photoId, Variant.PREVIEW, image.preview());
			}
			photo = this.catalogue.register(uploader.getTokenValue(), registration(original, image));
		}
		catch (RuntimeException ex) {
			discard(ownerId, photoId);
			throw ex;
		}
		if (photo.isDuplicateUpload()) {
			discard(ownerId, photoId);
			this.metrics.duplicate();
			logger.info("Upload of owner {} duplicates photo {}", ownerId, photo.id());
			return photo;
		}
		forgetPending(photoId);
		this.metrics.stored(original.sizeBytes());
		logger.info("Stored photo {} of owner {}", photoId, ownerId);
		return photo;
	}

	/**
	 * Removes every blob of a photo that will not be registered, and its pending record. The record
	 * stays if the blobs cannot be removed, so the sweeper still finds them.
	 * @param ownerId the owner
	 * @param photoId the photo
	 */
	public void discard(UUID ownerId, UUID photoId) {
		try {
			int deleted = this.blobs.deletePhoto(ownerId, photoId);
			this.pendingUploads.remove(photoId);
			logger.debug("Discarded {} blobs of unregistered photo {}", deleted, photoId);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not discard the blobs of unregistered photo {}", photoId, ex);
		}
	}

	private static PhotoRegistration registration(StoredOriginal original, ProcessedImage image) {
		ImageMetadata metadata = image.metadata();
		return new PhotoRegistration(original.photoId(), original.fileName(), image.type().contentType(),
				original.sizeBytes(), original.sha256(), image.dimensions().width(), image.dimensions().height(),
				metadata.takenAt(), offset(metadata.takenAtOffset()), label(metadata.cameraMake()),
				label(metadata.cameraModel()), metadata.latitude(), metadata.longitude(), image.hasDerivatives());
	}

	// EXIF text is whatever the camera or an editor wrote; the catalogue takes short, printable labels.
	private static @Nullable String label(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String printable = UNPRINTABLE.matcher(text).replaceAll("").strip();
		if (printable.isEmpty()) {
			return null;
		}
		return (printable.codePointCount(0, printable.length()) <= MAX_LABEL) ? printable
				: printable.substring(0, printable.offsetByCodePoints(0, MAX_LABEL)).strip();
	}

	private static @Nullable String offset(@Nullable ZoneOffset offset) {
		return (offset != null) ? ((offset.getTotalSeconds() == 0) ? "+00:00" : offset.getId()) : null;
	}

	private void storeDerivative(UUID ownerId, UUID photoId, Variant variant, Derivative derivative) {
		this.blobs.put(ownerId, photoId, variant, new ByteArrayInputStream(derivative.jpeg()),
				Derivative.CONTENT_TYPE);
	}

	private void forgetPending(UUID photoId) {
		try {
			this.pendingUploads.remove(photoId);
		}
		catch (RuntimeException ex) {
			logger.warn("Photo {} is registered but still listed as pending", photoId, ex);
		}
	}

	/**
	 * An original in blob storage, measured as it was written.
	 *
	 * @param ownerId the owner
	 * @param photoId the photo
	 * @param fileName the sanitised display name
	 * @param sizeBytes the size
	 * @param sha256 the SHA-256, lower-case hex
	 */
	public record StoredOriginal(UUID ownerId, UUID photoId, String fileName, long sizeBytes, String sha256) {

	}

}
