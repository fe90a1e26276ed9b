package com.photoapp.storage.blob;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.azure.core.http.rest.PagedResponse;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.DeleteSnapshotsOptionType;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.models.ParallelTransferOptions;
import com.azure.storage.blob.options.BlobParallelUploadOptions;
import com.azure.storage.blob.specialized.BlobInputStream;

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

	private static final int DELETE_CONCURRENCY = 16;

	private final BlobContainerClient container;

	PhotoBlobs(BlobContainerClient container) {
		this.container = container;
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
		BlobParallelUploadOptions options = new BlobParallelUploadOptions(content)
			.setHeaders(new BlobHttpHeaders().setContentType(contentType))
			.setParallelTransferOptions(TRANSFER)
			.setRequestConditions(new BlobRequestConditions().setIfNoneMatch("*"));
		blob(ownerId, photoId, variant).uploadWithResponse(options, null, Context.NONE);
	}

	/**
	 * Opens a blob for streaming.
	 * @param ownerId the owner of the photo
	 * @param photoId the photo
	 * @param variant which rendition
	 * @return the content, or empty if there is no such blob
	 */
	public Optional<BlobContent> open(UUID ownerId, UUID photoId, Variant variant) {
		try {
			BlobInputStream stream = blob(ownerId, photoId, variant).openInputStream();
			BlobProperties properties = stream.getProperties();
			return Optional.of(new BlobContent(stream, properties.getContentType(), properties.getBlobSize(),
					properties.getETag()));
		}
		catch (BlobStorageException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND.value()) {
				return Optional.empty();
			}
			throw ex;
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
