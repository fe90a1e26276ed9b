package com.photoapp.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.photoapp.devstack.RepositoryRoot;
import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 2 GB resumable upload, generated and streamed, into a storage service limited to a 256 MB heap;
 * prints the time taken and the heap the service's GC log shows, before and after collections. Not
 * part of the default test run (about ten minutes); run it with {@code bin/benchmark-large-upload}.
 */
@Tag("benchmark")
class LargeUploadMemoryBenchmark {

	private static final long SIZE = 2L * 1024 * 1024 * 1024;

	private static final int HEAP_MB = 256;

	private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	@Test
	void twoGigabytesFitThroughA256MegabyteHeap() throws IOException {
		Path logs = RepositoryRoot.get().resolve("e2e/target/benchmark-logs");
		Path gcLog = logs.resolve("storage-service-gc.log");
		Files.createDirectories(logs);
		Files.deleteIfExists(gcLog);
		Map<String, List<String>> options = Map.of("storage-service",
				List.of("-Xmx" + HEAP_MB + "m", "-Xlog:gc:file=" + gcLog));
		try (Stack stack = Stack.startForTests(logs, options)) {
			ApiClient bob = ApiClient.signedIn(stack, "bob", "bob-password");
			LargePng file = new LargePng(SIZE);
			String sha256 = file.sha256();
			long started = System.nanoTime();

			String photoId = upload(bob, file, sha256, started);
			Duration uploaded = Duration.ofNanos(System.nanoTime() - started);
			String downloaded = bob.originalSha256(photoId);

			assertThat(downloaded).isEqualTo(sha256);
			long[] heap = heapMegabytes(gcLog);
			System.out.printf("%nLarge upload benchmark: %d MB in %d chunks through the gateway%n", file.size() >> 20,
					(file.size() + (8 << 20) - 1) / (8 << 20));
			System.out.printf("%-40s %10s %10s%n", "", "measured", "limit");
			System.out.printf("%-40s %8d s %10s%n", "upload and completion", uploaded.toSeconds(), "-");
			printHeap("storage-service heap before a GC, max", heap[0]);
			printHeap("heap after a young GC, max", heap[1]);
			printHeap("heap after a full GC, max (live data)", heap[2]);
			assertThat(heap[2]).isPositive().isLessThan(HEAP_MB);
		}
	}

	private static String upload(ApiClient bob, LargePng file, String sha256, long started) {
		HttpResponse<byte[]> declared = bob.postJson("/api/uploads",
				"{\"fileName\":\"huge.png\",\"sizeBytes\":%d,\"sha256\":\"%s\"}".formatted(file.size(), sha256));
		assertThat(declared.statusCode()).as(new String(declared.body())).isEqualTo(201);
		JsonNode upload = ApiClient.json(declared);
		String id = upload.path("id").asString();
		int count = upload.path("chunkCount").asInt();
		int chunkSize = upload.path("chunkSize").asInt();
		for (int index = 0; index < count; index++) {
			long offset = (long) index * chunkSize;
			int length = (int) Math.min(chunkSize, file.size() - offset);
			HttpResponse<byte[]> sent = bob.putBytes("/api/uploads/" + id + "/chunks/" + index,
					file.read(offset, length));
			assertThat(sent.statusCode()).as("chunk %d", index).isEqualTo(204);
		}
		System.out.printf("All %d chunks sent after %d s%n", count, (System.nanoTime() - started) / 1_000_000_000L);
		HttpResponse<byte[]> completed = bob.withTimeout(Duration.ofMinutes(15))
			.postJson("/api/uploads/" + id + "/complete", "");
		assertThat(completed.statusCode()).as(new String(completed.body())).isEqualTo(201);
		return ApiClient.json(completed).path("id").asString();
	}

	private static void printHeap(String label, long megabytes) {
		System.out.printf("%-40s %7d MB %7d MB   (%.2fx of the limit)%n", label, megabytes, HEAP_MB,
				(double) megabytes / HEAP_MB);
	}

	// Before a collection the heap holds garbage too, so it reaches the limit by design. A young
	// collection leaves the old generation as it was, garbage included; only a full collection shows
	// what the service really keeps. The three maxima, in MB.
	private static long[] heapMegabytes(Path gcLog) throws IOException {
		long before = 0;
		long afterYoung = 0;
		long afterFull = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher matcher = GC_LINE.matcher(line);
			if (matcher.find()) {
				long after = Long.parseLong(matcher.group(2));
				before = Math.max(before, Long.parseLong(matcher.group(1)));
				if (line.contains("Pause Full")) {
					afterFull = Math.max(afterFull, after);
				}
				else {
					afterYoung = Math.max(afterYoung, after);
				}
			}
		}
		return new long[] { before, afterYoung, afterFull };
	}

}
