package com.photoapp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.ListBlobsOptions;

/**
 * Purges from the trash, each timed from the request until Azurite lists none of the photo's blobs
 * (the original and both derivatives): photo-service answers, its outbox relays {@code PhotoPurged}
 * through Kafka, and storage-service deletes the blobs.
 */
final class PurgeFigure {

	static final String FIGURE = "Purge to blobs gone, p99 over 200 purges";

	private static final int WARM_UP = 10;

	private static final int MEASURED = 200;

	private static final Duration POLL = Duration.ofMillis(5);

	private static final Duration GIVE_UP = Duration.ofSeconds(30);

	private PurgeFigure() {
	}

	static Row measure(Api gateway, String blobConnectionString) {
		BlobContainerClient blobs = new BlobServiceClientBuilder().connectionString(blobConnectionString)
			.buildClient()
			.getBlobContainerClient("photos");
		UUID owner = gateway.ownerId();
		byte[] jpeg = SampleImages.photographicJpeg(640, 480, 7);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			String id = gateway.upload("purge-" + i + ".jpg", "image/jpeg", SampleImages.withComment(jpeg, "purge-" + i));
			Api.expect(gateway.delete("/api/photos/" + id), 204);
			ids.add(id);
		}
		List<Double> latencies = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			String prefix = owner + "/" + ids.get(i) + "/";
			if (!blobs.listBlobs(new ListBlobsOptions().setPrefix(prefix), null).iterator().hasNext()) {
				throw new IllegalStateException("No blobs under " + prefix + " before the purge");
			}
			long started = System.nanoTime();
			Api.expect(gateway.delete("/api/trash/" + ids.get(i)), 204);
			while (blobs.listBlobs(new ListBlobsOptions().setPrefix(prefix), null).iterator().hasNext()) {
				if (System.nanoTime() - started > GIVE_UP.toNanos()) {
					throw new IllegalStateException("Blobs under " + prefix + " still there after " + GIVE_UP);
				}
				LockSupport.parkNanos(POLL.toNanos());
			}
			if (i >= WARM_UP) {
				latencies.add((System.nanoTime() - started) / 1e6);
			}
		}
		Samples measured = Samples.of(latencies);
		List<Double> roundP99 = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			roundP99.add(Samples.of(latencies.subList(round * 50, round * 50 + 50)).percentile(99));
		}
		Samples rounds = Samples.of(roundP99);
		String text = String.format(Locale.ROOT,
				"p99 %.0f ms over %d (p50 %.0f ms, max %.0f ms; p99 of 4 rounds of 50: %.0f–%.0f ms)",
				measured.percentile(99), measured.count(), measured.median(), measured.max(), rounds.min(), rounds.max());
		return new Row(FIGURE, text, "-", "-", "< 1 s",
				Row.verdict(measured.percentile(99) < 1000));
	}

}
