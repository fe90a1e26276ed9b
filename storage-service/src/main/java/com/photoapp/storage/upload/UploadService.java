package com.photoapp.storage.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import com.photoapp.security.OwnerIds;
import com.photoapp.storage.StorageProperties;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.catalogue.PhotoCatalogue;
import com.photoapp.storage.catalogue.PhotoRegistration;
import com.photoapp.storage.upload.UploadRejectedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/**
 * A one-shot upload: checks the file, stores the original and a thumbnail, and registers the photo
 * with the catalogue. If anything after the first blob write fails, the blobs are removed again.
 */
@Service
class UploadService {

	private static final Logger logger = LoggerFactory.getLogger(UploadService.class);

	private final long maxUploadBytes;

	private final ImageInspector inspector;

	private final Thumbnailer thumbnailer;

	private final PendingUploads pendingUploads;

	private final PhotoBlobs blobs;

	private final PhotoCatalogue catalogue;

	UploadService(StorageProperties properties, PendingUploads pendingUploads, PhotoBlobs blobs,
			PhotoCatalogue catalogue) {
		this.maxUploadBytes = properties.maxUploadSize().toBytes();
		this.inspector = new ImageInspector(properties.maxPixels());
		this.thumbnailer = new Thumbnailer(properties.thumbnailLongSide());
		this.pendingUploads = pendingUploads;
		this.blobs = blobs;
		this.catalogue = catalogue;
	}

	CataloguedPhoto upload(Jwt uploader, IncomingFile file) {
		CheckedImage image = check(file);
		UUID ownerId = OwnerIds.of(uploader);
		UUID photoId = UUID.randomUUID();
		this.catalogue.ensureAvailable();
		this.pendingUploads.add(ownerId, photoId);
		CataloguedPhoto photo = storeAndRegister(uploader, ownerId, photoId, file, image);
		forgetPending(photoId);
		logger.info("Stored photo {} of owner {}", photoId, ownerId);
		return photo;
	}

	// Everything that can refuse the file runs before the first write, so a refusal leaves nothing.
	private CheckedImage check(IncomingFile file) {
		ImageType type = checkType(file);
		Dimensions dimensions = inspect(file, type);
		return new CheckedImage(type, dimensions, thumbnail(file, type, dimensions));
	}

	private ImageType checkType(IncomingFile file) {
		if (file.size() == 0) {
			throw new UploadRejectedException(Reason.EMPTY_FILE);
		}
		if (file.size() > this.maxUploadBytes) {
			throw new UploadRejectedException(Reason.TOO_LARGE);
		}
		try (InputStream content = file.open()) {
			byte[] head = content.readNBytes(ImageType.SIGNATURE_LENGTH);
			return ImageType.detect(head).orElseThrow(() -> new UploadRejectedException(Reason.UNSUPPORTED_TYPE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Dimensions inspect(IncomingFile file, ImageType type) {
		try (InputStream content = file.open()) {
			return this.inspector.inspect(content, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Thumbnail thumbnail(IncomingFile file, ImageType type, Dimensions dimensions) {
		try (InputStream content = file.open()) {
			return this.thumbnailer.create(content, type, dimensions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CataloguedPhoto storeAndRegister(Jwt uploader, UUID ownerId, UUID photoId, IncomingFile file,
			CheckedImage image) {
		try {
			MeasuringInputStream original = storeOriginal(ownerId, photoId, file, image.type());
			storeThumbnail(ownerId, photoId, image.thumbnail());
			return this.catalogue.register(uploader.getTokenValue(), registration(photoId, file, image, original));
		}
		catch (RuntimeException ex) {
			discard(ownerId, photoId);
			throw ex;
		}
	}

	private static PhotoRegistration registration(UUID photoId, IncomingFile file, CheckedImage image,
			MeasuringInputStream original) {
		return new PhotoRegistration(photoId, FileNames.sanitise(file.fileName(), image.type()),
				image.type().contentType(), original.count(), original.sha256Hex(), image.dimensions().width(),
				image.dimensions().height(), null);
	}

	private MeasuringInputStream storeOriginal(UUID ownerId, UUID photoId, IncomingFile file, ImageType type) {
		try (MeasuringInputStream content = new MeasuringInputStream(file.open())) {
			this.blobs.put(ownerId, photoId, Variant.ORIGINAL, content, type.contentType());
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void storeThumbnail(UUID ownerId, UUID photoId, Thumbnail thumbnail) {
		this.blobs.put(ownerId, photoId, Variant.THUMB, new ByteArrayInputStream(thumbnail.jpeg()),
				Thumbnail.CONTENT_TYPE);
	}

	// The pending row stays if the blobs cannot be removed, so the sweeper still finds them.
	private void discard(UUID ownerId, UUID photoId) {
		try {
			int deleted = this.blobs.deletePhoto(ownerId, photoId);
			this.pendingUploads.remove(photoId);
			logger.debug("Discarded {} blobs of unregistered photo {}", deleted, photoId);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not discard the blobs of unregistered photo {}", photoId, ex);
		}
	}

	private void forgetPending(UUID photoId) {
		try {
			this.pendingUploads.remove(photoId);
		}
		catch (RuntimeException ex) {
			logger.warn("Photo {} is registered but still listed as pending", photoId, ex);
		}
	}

	private record CheckedImage(ImageType type, Dimensions dimensions, Thumbnail thumbnail) {
	}

}
