package com.photoapp.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import com.photoapp.devstack.Stack;
import com.photoapp.devstack.TokenClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bob calls every endpoint of the API on Alice's photo, through the gateway and around it, with
 * every way a client might try to claim another identity; each answers 404 (or 403) and Alice's
 * photo, bytes and profile stay as they were.
 */
@ExtendWith(StackExtension.class)
class OwnershipTests {

	private static Stack stack;

	private static ApiClient alice;

	private static ApiClient bob;

	private static String aliceId;

	private static String photoId;

	private static byte[] original;

	@BeforeAll
	static void alicePutsAPhoto(Stack started) {
		stack = started;
		alice = new ApiClient(stack.gatewayUri(), token("alice", "alice-password"));
		bob = new ApiClient(stack.gatewayUri(), token("bob", "bob-password"));
		aliceId = ApiClient.json(alice.get("/api/users/me")).path("id").asString();
		original = Images.jpeg(800, 600, 99);
		HttpResponse<byte[]> uploaded = alice.upload("alice-only.jpg", "image/jpeg", original);
		assertThat(uploaded.statusCode()).isEqualTo(201);
		photoId = ApiClient.json(uploaded).path("id").asString();
	}

	@Test
	void bobCannotReadAlicesPhotoOrItsBytes() {
		for (String path : List.of("/api/photos/" + photoId, "/api/photos/" + photoId + "/content",
				"/api/photos/" + photoId + "/content?variant=thumb",
				"/api/photos/" + photoId + "/content?variant=original")) {
			assertThat(bob.get(path).statusCode()).as(path).isEqualTo(404);
			assertThat(bob.get(path, "X-User-Id", aliceId).statusCode()).as(path + " with X-User-Id").isEqualTo(404);
		}
		assertAliceStillHasHerPhoto();
	}

	@Test
	void bobCannotChangeOrDeleteAlicesPhoto() {
		assertThat(bob.delete("/api/photos/" + photoId).statusCode()).isEqualTo(404);
		assertThat(bob.patchJson("/api/photos/" + photoId, "{\"fileName\":\"pwned.jpg\",\"ownerId\":\"" + aliceId
				+ "\"}").statusCode()).isIn(404, 405);
		assertThat(bob.postJson("/api/photos/" + photoId + "/restore", "{}").statusCode()).isIn(404, 405);
		assertAliceStillHasHerPhoto();
	}

	@Test
	void bobsListingNeverWidensToAlice() {
		for (String path : List.of("/api/photos", "/api/photos?owner=" + aliceId, "/api/photos?ownerId=" + aliceId,
				"/api/photos?userId=" + aliceId)) {
			HttpResponse<byte[]> listed = bob.get(path, "X-User-Id", aliceId);
			assertThat(listed.statusCode()).as(path).isIn(200, 400);
			assertThat(new String(listed.body())).as(path).doesNotContain(photoId);
		}
	}

	@Test
	void ownerFieldInAnUploadIsIgnored() {
		HttpResponse<byte[]> uploaded = bob.upload("bobs.jpg", "image/jpeg", Images.jpeg(320, 240, 5), "ownerId",
				aliceId);

		assertThat(uploaded.statusCode()).isEqualTo(201);
		String bobsPhoto = ApiClient.json(uploaded).path("id").asString();
		assertThat(alice.get("/api/photos/" + bobsPhoto).statusCode()).isEqualTo(404);
		assertThat(bob.get("/api/photos/" + bobsPhoto).statusCode()).isEqualTo(200);
	}

	@Test
	void internalRegistrationIsNotReachableThroughTheGateway() {
		String body = "{\"photoId\":\"" + photoId + "\",\"fileName\":\"x.jpg\",\"contentType\":\"image/jpeg\","
				+ "\"sizeBytes\":1,\"sha256\":\"" + "ab".repeat(32) + "\",\"width\":1,\"height\":1}";

		assertThat(bob.postJson("/internal/photos", body).statusCode()).isEqualTo(404);
		assertAliceStillHasHerPhoto();
	}

	@Test
	void identityHeadersAndBodyFieldsDoNotChangeWhoBobIs() {
		String bobId = ApiClient.json(bob.get("/api/users/me")).path("id").asString();

		assertThat(ApiClient.json(bob.get("/api/users/me", "X-User-Id", aliceId)).path("id").asString())
			.isEqualTo(bobId);
		HttpResponse<byte[]> patched = bob.patchJson("/api/users/me",
				"{\"displayName\":\"Bob B.\",\"id\":\"" + aliceId + "\"}");
		assertThat(patched.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(patched).path("id").asString()).isEqualTo(bobId);
		assertThat(ApiClient.json(alice.get("/api/users/me")).path("displayName").asString())
			.isEqualTo("Alice Example");
	}

	@Test
	void bypassingTheGatewayChangesNothing() {
		ApiClient photoService = new ApiClient(stack.serviceUri("photo-service"), token("bob", "bob-password"));
		ApiClient storageService = new ApiClient(stack.serviceUri("storage-service"), token("bob", "bob-password"));

		assertThat(photoService.get("/api/photos/" + photoId, "X-User-Id", aliceId).statusCode()).isEqualTo(404);
		assertThat(photoService.delete("/api/photos/" + photoId).statusCode()).isEqualTo(404);
		assertThat(storageService.get("/api/photos/" + photoId + "/content").statusCode()).isEqualTo(404);
		assertAliceStillHasHerPhoto();
	}

	private static void assertAliceStillHasHerPhoto() {
		assertThat(alice.get("/api/photos/" + photoId).statusCode()).isEqualTo(200);
		HttpResponse<byte[]> download = alice.get("/api/photos/" + photoId + "/content?variant=original");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(original);
	}

	private static String token(String user, String password) {
		return TokenClient.accessToken(stack.issuerUri(), Stack.SPA_CLIENT_ID, URI.create(stack.gatewayUri() + "/"),
				user, password);
	}

}
