package com.photoapp.storage.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.azure.core.http.rest.PagedResponse;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerAsyncClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.BlockListType;
import com.azure.storage.blob.models.DeleteSnapshotsOptionType;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.models.ParallelTransferOptions;
import com.azure.storage.blob.options.BlobInputStreamOptions;
import com.azure.storage.blob.options.BlobParallelUploadOptions;
import com.azure.storage.blob.options.BlockBlobCommitBlockListOptions;
import com.azure.storage.blob.options.BlockBlobStageBlockOptions;
import com.azure.storage.blob.specialized.BlobInputStream;
import com.azure.storage.blob.specialized.BlockBlobClient;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The blobs of photos and their key layout: {@code {ownerId}/{photoId}/{variant}}. Every key is
 * made here from server-side identifiers, never from anything a client sends.
 */
@Component
public class PhotoBlobs {

	private static final long BLOCK_SIZE = 4L * 1024 * 1024;

	// Bounds the memory one upload buffers: the SDK holds about one block per concurrent transfer.
	private static final ParallelTransferOptions TRANSFER = new ParallelTransferOptions().setBlockSizeLong(BLOCK_SIZE)
		.setMaxSingleUploadSizeLong(BLOCK_SIZE)
		.setMaxConcurrency(2);

	private static final int PAGE_SIZE = 500;

	private static final int STREAM_BUFFER = 64 * 1024;

	// A stalled chunk gives its thread back after this long; the client sends the chunk again.
	private static final Duration STAGE_TIMEOUT = Duration.ofMinutes(5);

	private static final String FILE_NAME = "filename";

	private static final int DELETE_CONCURRENCY = 16;

	private final BlobContainerClient container;

	private final BlobContainerAsyncClient asyncContainer;

	PhotoBlobs(BlobContainerClient container, BlobContainerAsyncClient asyncContainer) {
		this.container = container;
		this.asyncContainer = asyncContainer;
	}

	/**
	 * Writes a new blob, reading the stream to its end. An existing blob is never overwritten.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param variant which rendition
	 * @param content the bytes
	 * @param contentType the content type to store with the blob
	 */
	public void put(UUID ownerId, UUID photoId, Variant variant, InputStream content, String contentType) {
		put(ownerId, photoId, variant, content, contentType, null);
	}

	/**
	 * Writes a new blob that remembers the name to offer when it is downloaded.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param variant which rendition
	 * @param content the bytes
	 * @param contentType the content type to store with the blob
	 * @param fileName the sanitised display name, or {@code null}
	 */
	public void put(UUID ownerId, UUID photoId, Variant variant, InputStream content, String contentType,
			@Nullable String fileName) {
		BlobParallelUploadOptions options = new BlobParallelUploadOptions(content)
			.setHeaders(new BlobHttpHeaders().setContentType(contentType))
			.setMetadata((fileName != null) ? Map.of(FILE_NAME, encode(fileName)) : null)
			.setParallelTransferOptions(TRANSFER)
			.setRequestConditions(new BlobRequestConditions().setIfNoneMatch("*"));
		blob(ownerId, photoId, variant).uploadWithResponse(options, null, Context.NONE);
	}

	/**
	 * Stages one chunk of an original as an uncommitted block, streaming it straight through. The
	 * stream is read once and not buffered, so a failure midway is the client's to retry.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param index the chunk's position, from 0
	 * @param content the chunk's bytes
	 * @param length the chunk's exact length
	 */
	public void stageChunk(UUID ownerId, UUID photoId, int index, InputStream content, long length) {
		// A body that fails midway does not end the request: Azure keeps waiting for the bytes announced.
		// So a read failure also cancels the request, which closes its connection.
		Sinks.Empty<Void> readFailed = Sinks.empty();
		BlockBlobStageBlockOptions options = new BlockBlobStageBlockOptions(blockId(index),
				BinaryData.fromFlux(chunksOf(content, readFailed), length, false).block());
		Mono<?> stage = this.asyncContainer.getBlobAsyncClient(prefix(ownerId, photoId) + Variant.ORIGINAL.key())
			.getBlockBlobAsyncClient()
			.stageBlockWithResponse(options);
		try {
			Mono.firstWithSignal(stage, readFailed.asMono()).block(STAGE_TIMEOUT);
		}
		catch (IllegalStateException ex) {
			throw new UncheckedIOException(new IOException("The chunk was not staged in time", ex));
		}
	}

	/**
	 * Commits the staged chunks, in order, as the original. An existing original is never replaced.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param chunkCount how many chunks make the file
	 */
	public void commitChunks(UUID ownerId, UUID photoId, int chunkCount) {
		List<String> blocks = IntStream.range(0, chunkCount).mapToObj(PhotoBlobs::blockId).toList();
		BlockBlobCommitBlockListOptions options = new BlockBlobCommitBlockListOptions(blocks)
			.setRequestConditions(new BlobRequestConditions().setIfNoneMatch("*"));
		blob(ownerId, photoId, Variant.ORIGINAL).getBlockBlobClient().commitBlockListWithResponse(options, null,
				Context.NONE);
	}

	/**
	 * Drops the staged chunks of an original that was never committed. Azure has no call to delete
	 * uncommitted blocks; committing an empty list discards them, and the empty blob it makes is then
	 * deleted.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 */
	public void discardChunks(UUID ownerId, UUID photoId) {
		BlockBlobClient original = blob(ownerId, photoId, Variant.ORIGINAL).getBlockBlobClient();
		try {
			original.commitBlockListWithResponse(new BlockBlobCommitBlockListOptions(List.of())
				.setRequestConditions(new BlobRequestConditions().setIfNoneMatch("*")), null, Context.NONE);
		}
		catch (BlobStorageException ex) {
			if (ex.getStatusCode() != HttpStatus.CONFLICT.value()) {
				throw ex;
			}
			// Committed already: a completion got that far, and whoever discards the photo removes it.
			return;
		}
		original.deleteIfExists();
	}

	/**
	 * How many staged, uncommitted chunks an original has.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @return the number of uncommitted blocks, 0 if there is no such blob
	 */
	public int stagedChunks(UUID ownerId, UUID photoId) {
		try {
			return blob(ownerId, photoId, Variant.ORIGINAL).getBlockBlobClient()
				.listBlocks(BlockListType.UNCOMMITTED)
				.getUncommittedBlocks()
				.size();
		}
		catch (BlobStorageException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND.value()) {
				return 0;
			}
			throw ex;
		}
	}

	/**
	 * Sets what a committed original is served as, once its bytes have been checked.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param contentType the type decided from the bytes
	 * @param fileName the sanitised display name
	 */
	public void describeOriginal(UUID ownerId, UUID photoId, String contentType, String fileName) {
		BlobClient original = blob(ownerId, photoId, Variant.ORIGINAL);
		original.setHttpHeaders(new BlobHttpHeaders().setContentType(contentType));
		original.setMetadata(Map.of(FILE_NAME, encode(fileName)));
	}

	/**
	 * The content of a blob as a source that can be read more than once, each read a new download.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param variant which rendition
	 * @return the source
	 */
	public InputStreamSource source(UUID ownerId, UUID photoId, Variant variant) {
		BlobClient blob = blob(ownerId, photoId, variant);
		return blob::openInputStream;
	}

	// Read on a thread that may block, never on the HTTP client's event loop.
	private static Flux<ByteBuffer> chunksOf(InputStream content, Sinks.Empty<Void> readFailed) {
		return Flux.<ByteBuffer>generate((sink) -> {
			byte[] buffer = new byte[STREAM_BUFFER];
			try {
				int read = content.readNBytes(buffer, 0, buffer.length);
				if (read == 0) {
					sink.complete();
				}
				else {
					sink.next(ByteBuffer.wrap(buffer, 0, read));
				}
			}
			catch (IOException ex) {
				UncheckedIOException failure = new UncheckedIOException(ex);
				readFailed.tryEmitError(failure);
				sink.error(failure);
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	// Block ids must all have the same length within a blob.
	private static String blockId(int index) {
		return Base64.getEncoder().encodeToString("chunk-%08d".formatted(index).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Opens a blob for streaming.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param variant which rendition
	 * @return the content, or empty if there is no such blob
	 */
	public Optional<BlobContent> open(UUID ownerId, UUID photoId, Variant variant) {
		return ifExists(() -> {
			BlobInputStream stream = blob(ownerId, photoId, variant).openInputStream();
			BlobProperties properties = stream.getProperties();
			return content(stream, properties);
		});
	}

	/**
	 * Opens part of a blob for streaming, provided it still has the entity tag the caller saw.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param variant which rendition
	 * @param range the first byte and the byte count
	 * @param eTag the entity tag the blob must have
	 * @return the content of the range, with the blob's own length, or empty if there is no such blob
	 */
	public Optional<BlobContent> open(UUID ownerId, UUID photoId, Variant variant, BlobRange range, String eTag) {
		BlobInputStreamOptions options = new BlobInputStreamOptions().setRange(range)
			.setRequestConditions(new BlobRequestConditions().setIfMatch(eTag));
		return ifExists(() -> {
			BlobInputStream stream = blob(ownerId, photoId, variant).openInputStream(options);
			return content(stream, stream.getProperties());
		});
	}

	/**
	 * Reads a blob's properties without its content.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param variant which rendition
	 * @return the properties, with a stream of nothing, or empty if there is no such blob
	 */
	public Optional<BlobContent> describe(UUID ownerId, UUID photoId, Variant variant) {
		return ifExists(() -> content(InputStream.nullInputStream(), blob(ownerId, photoId, variant).getProperties()));
	}

	private static Optional<BlobContent> ifExists(Supplier<BlobContent> read) {
		try {
			return Optional.of(read.get());
		}
		catch (BlobStorageException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND.value()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private static BlobContent content(InputStream stream, BlobProperties properties) {
		Map<String, String> metadata = properties.getMetadata();
		String fileName = (metadata != null) ? metadata.get(FILE_NAME) : null;
		return new BlobContent(stream, properties.getContentType(), properties.getBlobSize(), properties.getETag(),
				(fileName != null) ? decode(fileName) : null);
	}

	// Blob metadata travels as HTTP headers, which carry ASCII only.
	private static String encode(String fileName) {
		return URLEncoder.encode(fileName, StandardCharsets.UTF_8);
	}

	private static @Nullable String decode(String stored) {
		try {
			return URLDecoder.decode(stored, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Deletes every blob of a photo, with any snapshots. Blobs that are already gone count as deleted.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @return how many blobs this call removed
	 */
	public int deletePhoto(UUID ownerId, UUID photoId) {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(prefix(ownerId, photoId));
		int deleted = 0;
		for (BlobItem item : this.container.listBlobs(options, null)) {
			if (deleteIfExists(item.getName())) {
				deleted++;
			}
		}
		return deleted;
	}

	/**
	 * Deletes every blob under an owner's prefix, one listing page at a time with the page's
	 * deletes in parallel, so memory stays flat and thousands of photos take seconds rather than
	 * minutes. Blobs that are already gone count as deleted, which makes a call after a crash midway
	 * carry on where the last one stopped.
	 * @param ownerId the owner
	 * @return how many blobs this call removed
	 */
	public int deleteOwner(UUID ownerId) {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(ownerId + "/").setMaxResultsPerPage(PAGE_SIZE);
		int deleted = 0;
		try (ExecutorService executor = Executors.newFixedThreadPool(DELETE_CONCURRENCY)) {
			for (PagedResponse<BlobItem> page : this.container.listBlobs(options, null).iterableByPage()) {
				List<Future<Boolean>> deletes = page.getValue()
					.stream()
					.map((item) -> executor.submit(() -> deleteIfExists(item.getName())))
					.toList();
				deleted += countDeleted(deletes);
			}
		}
		return deleted;
	}

	private static int countDeleted(List<Future<Boolean>> deletes) {
		int deleted = 0;
		for (Future<Boolean> delete : deletes) {
			if (outcome(delete)) {
				deleted++;
			}
		}
		return deleted;
	}

	private static boolean outcome(Future<Boolean> delete) {
		try {
			return delete.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while deleting blobs", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("Blob delete failed", ex.getCause());
		}
	}

	private boolean deleteIfExists(String name) {
		return this.container.getBlobClient(name)
			.deleteIfExistsWithResponse(DeleteSnapshotsOptionType.INCLUDE, null, null, Context.NONE)
			.getValue();
	}

	private BlobClient blob(UUID ownerId, UUID photoId, Variant variant) {
		return this.container.getBlobClient(prefix(ownerId, photoId) + variant.key());
	}

	private static String prefix(UUID ownerId, UUID photoId) {
		return ownerId + "/" + photoId + "/";
	}

}
