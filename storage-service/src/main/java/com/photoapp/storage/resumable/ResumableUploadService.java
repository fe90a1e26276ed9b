package com.photoapp.storage.resumable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.photoapp.security.OwnerIds;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.catalogue.PhotoCatalogue;
import com.photoapp.storage.image.ImageProcessor;
import com.photoapp.storage.image.ProcessedImage;
import com.photoapp.storage.resumable.ResumableUploadException.Kind;
import com.photoapp.storage.upload.FileNames;
import com.photoapp.storage.upload.MeasuringInputStream;
import com.photoapp.storage.upload.PhotoIntake;
import com.photoapp.storage.upload.PhotoIntake.StoredOriginal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.InputStreamSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

/**
 * Resumable uploads: a declared file arrives as chunks in any order, each staged as an Azure block
 * of the original's blob as it streams in; completing commits the blocks and then runs the checks
 * and registration of a one-shot upload on the committed blob.
 */
@Service
class ResumableUploadService {

	private static final Logger logger = LoggerFactory.getLogger(ResumableUploadService.class);

	// A completion claimed longer ago than this belongs to a process that died.
	private static final Duration STALE_CLAIM = Duration.ofMinutes(30);

	private static final int MAX_REPORTED_MISSING = 100;

	private final ResumableProperties properties;

	private final UploadSessions sessions;

	private final PhotoBlobs blobs;

	private final PhotoCatalogue catalogue;

	private final ImageProcessor images;

	private final PhotoIntake intake;

	private final Clock clock;

	ResumableUploadService(ResumableProperties properties, UploadSessions sessions, PhotoBlobs blobs,
			PhotoCatalogue catalogue, ImageProcessor images, PhotoIntake intake, Clock clock) {
		this.properties = properties;
		this.sessions = sessions;
		this.blobs = blobs;
		this.catalogue = catalogue;
		this.images = images;
		this.intake = intake;
		this.clock = clock;
	}

	UploadStatus declare(Jwt owner, UploadDeclaration declaration) {
		UUID ownerId = OwnerIds.of(owner);
		int chunkSize = chunkSize(declaration);
		long chunkCount = (declaration.sizeBytes() + chunkSize - 1) / chunkSize;
		if (declaration.sizeBytes() > this.properties.maxFileSize().toBytes()) {
			throw new ResumableUploadException(Kind.FILE_TOO_LARGE);
		}
		if (chunkCount > this.properties.maxChunks()) {
			throw new ResumableUploadException(Kind.TOO_MANY_CHUNKS);
		}
		if (this.sessions.countOwned(ownerId) >= this.properties.maxSessionsPerOwner()) {
			throw new ResumableUploadException(Kind.TOO_MANY_SESSIONS);
		}
		this.catalogue.ensureRoomFor(owner.getTokenValue(), declaration.sizeBytes());
		UploadSession session = new UploadSession(UUID.randomUUID(), ownerId, UUID.randomUUID(),
				FileNames.sanitise(declaration.fileName()), declaration.sizeBytes(), declaration.sha256(),
				chunkSize, (int) chunkCount, this.clock.instant());
		this.sessions.insert(session);
		logger.info("Opened upload {} of owner {} in {} chunks", session.id(), ownerId, chunkCount);
		return status(session, List.of());
	}

	UploadStatus status(Jwt owner, UUID id) {
		UploadSession session = find(owner, id);
		return status(session, this.sessions.receivedChunks(id));
	}

	void receiveChunk(Jwt owner, UUID id, int index, long contentLength, InputStream content) {
		UploadSession session = find(owner, id);
		if (!session.hasChunk(index)) {
			throw new ResumableUploadException(Kind.CHUNK_OUT_OF_RANGE);
		}
		if (contentLength < 0) {
			throw new ResumableUploadException(Kind.LENGTH_REQUIRED);
		}
		if (contentLength != session.lengthOf(index)) {
			throw new ResumableUploadException(Kind.CHUNK_SIZE_MISMATCH);
		}
		this.blobs.stageChunk(session.ownerId(), session.photoId(), index,
				new ExactLengthInputStream(content, contentLength), contentLength);
		this.sessions.chunkReceived(id, index, this.clock.instant());
		logger.debug("Upload {} received chunk {}", id, index);
	}

	CataloguedPhoto complete(Jwt owner, UUID id) {
		UploadSession session = find(owner, id);
		Instant now = this.clock.instant();
		if (!this.sessions.claim(id, now, now.minus(STALE_CLAIM))) {
			throw new ResumableUploadException(Kind.COMPLETING);
		}
		List<Integer> missing = missingChunks(session);
		if (!missing.isEmpty()) {
			this.sessions.release(id);
			throw new IncompleteUploadException(missing);
		}
		try {
			this.intake.begin(session.ownerId(), session.photoId());
		}
		catch (RuntimeException ex) {
			this.sessions.release(id);
			throw ex;
		}
		// From here on the session ends whatever happens: its chunks become the original, which either
		// registers or goes.
		try {
			return commitAndRegister(owner, session);
		}
		finally {
			this.sessions.delete(id);
		}
	}

	void abort(Jwt owner, UUID id) {
		UploadSession session = find(owner, id);
		Instant now = this.clock.instant();
		if (!this.sessions.claim(id, now, now.minus(STALE_CLAIM))) {
			throw new ResumableUploadException(Kind.COMPLETING);
		}
		this.blobs.discardChunks(session.ownerId(), session.photoId());
		this.sessions.delete(id);
		logger.info("Aborted upload {} of owner {}", id, session.ownerId());
	}

	private CataloguedPhoto commitAndRegister(Jwt owner, UploadSession session) {
		StoredOriginal original;
		ProcessedImage image;
		try {
			this.blobs.commitChunks(session.ownerId(), session.photoId(), session.chunkCount());
			original = verify(session);
			image = this.images.process(this.blobs.source(session.ownerId(), session.photoId(), Variant.ORIGINAL));
			this.blobs.describeOriginal(session.ownerId(), session.photoId(), image.type().contentType(),
					FileNames.sanitise(session.fileName(), image.type()));
		}
		catch (RuntimeException ex) {
			this.intake.discard(session.ownerId(), session.photoId());
			throw ex;
		}
		StoredOriginal named = new StoredOriginal(original.ownerId(), original.photoId(),
				FileNames.sanitise(session.fileName(), image.type()), original.sizeBytes(), original.sha256());
		return this.intake.register(owner, named, image);
	}

	// The committed blob is read once more to hash it: the chunks arrived in any order and maybe
	// across restarts, so no running digest could have seen them in sequence.
	private StoredOriginal verify(UploadSession session) {
		InputStreamSource blob = this.blobs.source(session.ownerId(), session.photoId(), Variant.ORIGINAL);
		try (MeasuringInputStream content = new MeasuringInputStream(blob.getInputStream())) {
			content.transferTo(OutputStream.nullOutputStream());
			if (content.count() != session.sizeBytes() || !content.sha256Hex().equals(session.sha256())) {
				logger.info("Upload {} of owner {} does not match its declared hash", session.id(), session.ownerId());
				throw new ResumableUploadException(Kind.CHECKSUM_MISMATCH);
			}
			return new StoredOriginal(session.ownerId(), session.photoId(), session.fileName(), content.count(),
					content.sha256Hex());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private UploadSession find(Jwt owner, UUID id) {
		UploadSession session = this.sessions.findOwned(OwnerIds.of(owner), id)
			.orElseThrow(() -> new ResumableUploadException(Kind.NOT_FOUND));
		if (!session.expiresAt(this.properties.expireAfter()).isAfter(this.clock.instant())) {
			throw new ResumableUploadException(Kind.EXPIRED);
		}
		return session;
	}

	private int chunkSize(UploadDeclaration declaration) {
		if (declaration.chunkSize() == null) {
			return (int) this.properties.chunkSize().toBytes();
		}
		long asked = declaration.chunkSize();
		if (asked < this.properties.minChunkSize().toBytes() || asked > this.properties.maxChunkSize().toBytes()) {
			throw new ResumableUploadException(Kind.INVALID_CHUNK_SIZE);
		}
		return (int) asked;
	}

	private List<Integer> missingChunks(UploadSession session) {
		Set<Integer> received = new HashSet<>(this.sessions.receivedChunks(session.id()));
		return IntStream.range(0, session.chunkCount())
			.filter((index) -> !received.contains(index))
			.limit(MAX_REPORTED_MISSING)
			.boxed()
			.toList();
	}

	private UploadStatus status(UploadSession session, List<Integer> received) {
		return new UploadStatus(session.id(), session.fileName(), session.sizeBytes(), session.chunkSize(),
				session.chunkCount(), received, session.expiresAt(this.properties.expireAfter()));
	}

}
