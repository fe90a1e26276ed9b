package com.photoapp.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Resumable uploads through the gateway on the real stack: a large file survives a dropped
 * connection and a restart of the storage service, and arrives byte-identical.
 */
@ExtendWith(StackExtension.class)
class ResumableUploadTests {

	private static final int MEGABYTE = 1024 * 1024;

	private static Stack stack;

	private static ApiClient bob;

	@BeforeAll
	static void signIn(Stack started) {
		stack = started;
		bob = ApiClient.signedIn(stack, "bob", "bob-password");
	}

	@Test
	void a200MegabyteFileResumesAfterTheConnectionDropsAndArrivesByteIdentical() {
		LargePng file = new LargePng(200L * MEGABYTE);
		String sha256 = file.sha256();
		JsonNode upload = declare("scan.png", file, sha256);
		String id = upload.path("id").asString();
		int count = upload.path("chunkCount").asInt();
		int chunkSize = upload.path("chunkSize").asInt();
		int cut = count / 2;

		for (int index = 0; index < cut; index++) {
			sendChunk(id, file, chunkSize, index);
		}
		bob.putCutOff("/api/uploads/" + id + "/chunks/" + cut, chunk(file, chunkSize, count, cut), chunkSize / 3);

		List<Integer> received = await().atMost(Duration.ofSeconds(30))
			.until(() -> receivedChunks(id), (chunks) -> chunks.size() == cut);
		assertThat(received).containsExactlyElementsOf(IntStream.range(0, cut).boxed().toList());
		for (int index = 0; index < count; index++) {
			if (!received.contains(index)) {
				sendChunk(id, file, chunkSize, index);
			}
		}
		String photoId = complete(id);

		assertThat(bob.originalSha256(photoId)).isEqualTo(sha256);
	}

	@Test
	void anUploadCompletesAcrossARestartOfTheStorageService() {
		LargePng file = new LargePng(20L * MEGABYTE);
		String sha256 = file.sha256();
		JsonNode upload = declare("restart.png", file, sha256);
		String id = upload.path("id").asString();
		int count = upload.path("chunkCount").asInt();
		int chunkSize = upload.path("chunkSize").asInt();
		assertThat(count).isGreaterThan(1);
		sendChunk(id, file, chunkSize, 0);

		stack.restart("storage-service");

		assertThat(receivedChunks(id)).containsExactly(0);
		for (int index = 1; index < count; index++) {
			sendChunk(id, file, chunkSize, index);
		}
		String photoId = complete(id);
		assertThat(bob.originalSha256(photoId)).isEqualTo(sha256);
	}

	private static JsonNode declare(String name, LargePng file, String sha256) {
		HttpResponse<byte[]> declared = bob.postJson("/api/uploads",
				"{\"fileName\":\"%s\",\"sizeBytes\":%d,\"sha256\":\"%s\"}".formatted(name, file.size(), sha256));
		assertThat(declared.statusCode()).as(new String(declared.body())).isEqualTo(201);
		return ApiClient.json(declared);
	}

	private static void sendChunk(String id, LargePng file, int chunkSize, int index) {
		int count = (int) ((file.size() + chunkSize - 1) / chunkSize);
		HttpResponse<byte[]> sent = bob.putBytes("/api/uploads/" + id + "/chunks/" + index,
				chunk(file, chunkSize, count, index));
		assertThat(sent.statusCode()).as("chunk %d: %s", index, new String(sent.body())).isEqualTo(204);
	}

	private static byte[] chunk(LargePng file, int chunkSize, int count, int index) {
		long offset = (long) index * chunkSize;
		int length = (index < count - 1) ? chunkSize : (int) (file.size() - offset);
		return file.read(offset, length);
	}

	private static List<Integer> receivedChunks(String id) {
		HttpResponse<byte[]> status = bob.get("/api/uploads/" + id);
		assertThat(status.statusCode()).isEqualTo(200);
		return ApiClient.json(status).path("receivedChunks").valueStream().map(JsonNode::asInt).toList();
	}

	private static String complete(String id) {
		HttpResponse<byte[]> completed = bob.postJson("/api/uploads/" + id + "/complete", "");
		assertThat(completed.statusCode()).as(new String(completed.body())).isEqualTo(201);
		return ApiClient.json(completed).path("id").asString();
	}

}
