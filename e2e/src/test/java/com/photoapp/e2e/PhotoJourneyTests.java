package com.photoapp.e2e;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.photoapp.devstack.Stack;
import com.photoapp.devstack.TokenClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One photo from sign-in to deletion on the real stack, through the gateway, with tokens from the
 * local issuer: upload, list, thumbnail, preview, original and a range of it, trash, restore, purge,
 * and the blobs gone from Azurite.
 */
@ExtendWith(StackExtension.class)
class PhotoJourneyTests {

	private static Stack stack;

	private static ApiClient alice;

	private static ApiClient bob;

	@BeforeAll
	static void signIn(Stack started) {
		stack = started;
		alice = new ApiClient(stack.gatewayUri(), token("alice", "alice-password"));
		bob = new ApiClient(stack.gatewayUri(), token("bob", "bob-password"));
	}

	@Test
	void photoTravelsFromUploadThroughTheTrashToPurgeAndLeavesNoBlobBehind() {
		byte[] original = Images.jpeg(2000, 1500, 42);

		HttpResponse<byte[]> uploaded = alice.upload("beach.jpg", "image/jpeg", original);
		assertThat(uploaded.statusCode()).as(body(uploaded)).isEqualTo(201);
		String id = ApiClient.json(uploaded).path("id").asString();

		JsonNode listed = ApiClient.json(alice.get("/api/photos"));
		assertThat(listed.path("items").get(0).path("id").asString()).isEqualTo(id);
		assertThat(listed.path("items").get(0).path("fileName").asString()).isEqualTo("beach.jpg");

		assertThat(longSide(alice.get("/api/photos/" + id + "/content?variant=thumb"))).isEqualTo(256);
		assertThat(longSide(alice.get("/api/photos/" + id + "/content?variant=preview"))).isEqualTo(1600);
		HttpResponse<byte[]> download = alice.get("/api/photos/" + id + "/content?variant=original");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(original);
		HttpResponse<byte[]> part = alice.get("/api/photos/" + id + "/content", "Range", "bytes=10-19");
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.body()).isEqualTo(Arrays.copyOfRange(original, 10, 20));

		assertThat(alice.delete("/api/photos/" + id).statusCode()).isEqualTo(204);
		assertThat(idsAt("/api/photos")).doesNotContain(id);
		assertThat(idsAt("/api/trash")).contains(id);
		assertThat(alice.get("/api/photos/" + id + "/content?variant=original").statusCode()).isEqualTo(200);

		assertThat(alice.postJson("/api/photos/" + id + "/restore", "").statusCode()).isEqualTo(200);
		assertThat(idsAt("/api/photos")).contains(id);
		assertThat(idsAt("/api/trash")).doesNotContain(id);

		assertThat(alice.delete("/api/photos/" + id).statusCode()).isEqualTo(204);
		assertThat(alice.delete("/api/trash/" + id).statusCode()).isEqualTo(204);
		assertThat(alice.get("/api/photos/" + id).statusCode()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(alice.get("/api/photos/" + id + "/content?variant=thumb").statusCode()).isEqualTo(404);
			assertThat(alice.get("/api/photos/" + id + "/content?variant=original").statusCode()).isEqualTo(404);
			assertThat(blobNamesContaining(id)).isEmpty();
		});
	}

	@Test
	void anotherUserSeesNothingOfAPhoto() {
		HttpResponse<byte[]> uploaded = alice.upload("private.jpg", "image/jpeg", Images.jpeg(640, 480, 7));
		String id = ApiClient.json(uploaded).path("id").asString();

		assertThat(ApiClient.json(bob.get("/api/photos")).path("items").findValuesAsString("id")).doesNotContain(id);
		assertThat(bob.get("/api/photos/" + id + "/content?variant=original").statusCode()).isEqualTo(404);
		assertThat(bob.get("/api/photos/" + id + "/content?variant=thumb").statusCode()).isEqualTo(404);
		assertThat(bob.delete("/api/photos/" + id).statusCode()).isEqualTo(404);
		assertThat(alice.get("/api/photos/" + id + "/content?variant=original").statusCode()).isEqualTo(200);
	}

	@Test
	void requestWithoutTokenIsRefusedAtTheGateway() {
		ApiClient anonymous = new ApiClient(stack.gatewayUri(), null);

		assertThat(anonymous.get("/api/photos").statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/api/users/me").statusCode()).isEqualTo(401);
	}

	@Test
	void requestThatBypassesTheGatewayStillNeedsAToken() {
		for (String module : new String[] { "user-service", "photo-service", "storage-service" }) {
			ApiClient direct = new ApiClient(stack.serviceUri(module), null);

			assertThat(direct.get("/api/photos").statusCode()).as(module).isEqualTo(401);
		}
	}

	@Test
	void firstCallToMeCreatesTheProfile() {
		HttpResponse<byte[]> me = bob.get("/api/users/me");

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(me).path("displayName").asString()).isEqualTo("Bob Example");
		assertThat(ApiClient.json(bob.get("/api/users/me")).path("id").asString())
			.isEqualTo(ApiClient.json(me).path("id").asString());
	}

	@Test
	void uploadThatIsNotAnImageGetsAProblem() {
		HttpResponse<byte[]> response = alice.upload("notes.jpg", "image/jpeg",
				"<html><script>alert(1)</script></html>".getBytes());

		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(ApiClient.json(response).path("type").asString()).endsWith("/unsupported-media-type");
	}

	private static List<String> idsAt(String path) {
		return ApiClient.json(alice.get(path)).path("items").findValuesAsString("id");
	}

	private static int longSide(HttpResponse<byte[]> rendition) {
		assertThat(rendition.statusCode()).isEqualTo(200);
		BufferedImage image = Images.read(rendition.body());
		return Math.max(image.getWidth(), image.getHeight());
	}

	private static List<String> blobNamesContaining(String photoId) {
		BlobContainerClient container = new BlobServiceClientBuilder()
			.connectionString(stack.blobConnectionString())
			.buildClient()
			.getBlobContainerClient("photos");
		return container.listBlobs().stream().map((blob) -> blob.getName()).filter((name) -> name.contains(photoId))
			.toList();
	}

	private static String token(String user, String password) {
		return TokenClient.accessToken(stack.issuerUri(), Stack.SPA_CLIENT_ID, URI.create(stack.gatewayUri() + "/"),
				user, password);
	}

	private static String body(HttpResponse<byte[]> response) {
		return new String(response.body());
	}

}
