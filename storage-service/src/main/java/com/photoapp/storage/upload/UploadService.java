package com.photoapp.storage.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import com.photoapp.security.OwnerIds;
import com.photoapp.storage.StorageProperties;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.image.ImageProcessor;
import com.photoapp.storage.image.ProcessedImage;
import com.photoapp.storage.upload.PhotoIntake.StoredOriginal;
import com.photoapp.storage.upload.UploadRejectedException.Reason;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/**
 * A one-shot upload: checks the file, stores the original, then hands over to {@link PhotoIntake}
 * for the derivatives and the registration.
 */
@Service
class UploadService {

	private final long maxUploadBytes;

	private final ImageProcessor images;

	private final PhotoIntake intake;

	private final PhotoBlobs blobs;

	private final UploadMetrics metrics;

	UploadService(StorageProperties properties, ImageProcessor images, PhotoIntake intake, PhotoBlobs blobs,
			UploadMetrics metrics) {
		this.maxUploadBytes = properties.maxUploadSize().toBytes();
		this.images = images;
		this.intake = intake;
		this.blobs = blobs;
		this.metrics = metrics;
	}

	CataloguedPhoto upload(Jwt uploader, IncomingFile file) {
		return this.metrics.timed(() -> store(uploader, file));
	}

	private CataloguedPhoto store(Jwt uploader, IncomingFile file) {
		checkSize(file);
		// Everything that can refuse the file runs before the first write, so a refusal leaves nothing.
		ProcessedImage image = this.images.process(file.content());
		UUID ownerId = OwnerIds.of(uploader);
		UUID photoId = UUID.randomUUID();
		this.intake.begin(ownerId, photoId);
		StoredOriginal original = storeOriginal(ownerId, photoId, file, image);
		return this.intake.register(uploader, original, image);
	}

	private void checkSize(IncomingFile file) {
		if (file.size() == 0) {
			throw new UploadRejectedException(Reason.EMPTY_FILE);
		}
		if (file.size() > this.maxUploadBytes) {
			throw new UploadRejectedException(Reason.TOO_LARGE);
		}
	}

	private StoredOriginal storeOriginal(UUID ownerId, UUID photoId, IncomingFile file, ProcessedImage image) {
		String fileName = FileNames.sanitise(file.fileName(), image.type());
		try (MeasuringInputStream content = new MeasuringInputStream(file.open())) {
			this.blobs.put(ownerId, photoId, Variant.ORIGINAL, content, image.type().contentType(), fileName);
			return new StoredOriginal(ownerId, photoId, fileName, content.count(), content.sha256Hex());
		}
		catch (IOException ex) {
			this.intake.discard(ownerId, photoId);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			this.intake.discard(ownerId, photoId);
			throw ex;
		}
	}

}
