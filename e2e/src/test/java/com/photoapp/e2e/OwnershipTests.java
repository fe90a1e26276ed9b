package com.photoapp.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import com.photoapp.devstack.Stack;
import com.photoapp.devstack.TokenClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

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
	void bobCannotChangeOrDeleteAlicesPhoto() throws SQLException {
		long eventsBefore = eventsAbout(photoId);

		assertThat(bob.delete("/api/photos/" + photoId).statusCode()).isEqualTo(404);
		assertThat(bob.patchJson("/api/photos/" + photoId, "{\"fileName\":\"pwned.jpg\",\"ownerId\":\"" + aliceId
				+ "\"}").statusCode()).isEqualTo(404);
		assertThat(bob.patchJson("/api/photos/" + photoId, "{\"favourite\":true}").statusCode()).isEqualTo(404);
		assertThat(bob.postJson("/api/photos/" + photoId + "/restore", "{}").statusCode()).isEqualTo(404);
		assertThat(bob.delete("/api/trash/" + photoId).statusCode()).isEqualTo(404);

		assertAliceStillHasHerPhoto();
		JsonNode photo = ApiClient.json(alice.get("/api/photos/" + photoId));
		assertThat(photo.path("fileName").asString()).isEqualTo("alice-only.jpg");
		assertThat(photo.path("favourite").asBoolean()).isFalse();
		assertThat(eventsAbout(photoId)).as("events in photo-service's outbox").isEqualTo(eventsBefore);
	}

	@Test
	void bobCannotSeeRestoreOrPurgeAlicesTrash() throws SQLException {
		String trashed = ApiClient.json(alice.upload("alice-trashed.jpg", "image/jpeg", Images.jpeg(640, 480, 98)))
			.path("id").asString();
		assertThat(alice.delete("/api/photos/" + trashed).statusCode()).isEqualTo(204);
		long eventsBefore = eventsAbout(trashed);

		assertThat(new String(bob.get("/api/trash?limit=200").body())).doesNotContain(trashed);
		assertThat(bob.get("/api/photos/" + trashed).statusCode()).isEqualTo(404);
		assertThat(bob.postJson("/api/photos/" + trashed + "/restore", "{}").statusCode()).isEqualTo(404);
		assertThat(bob.delete("/api/trash/" + trashed).statusCode()).isEqualTo(404);
		assertThat(bob.delete("/api/trash").statusCode()).isEqualTo(200);

		assertThat(ApiClient.json(alice.get("/api/trash?limit=200")).path("items").findValuesAsString("id"))
			.contains(trashed);
		assertThat(alice.get("/api/photos/" + trashed + "/content?variant=original").statusCode()).isEqualTo(200);
		assertThat(eventsAbout(trashed)).as("events in photo-service's outbox").isEqualTo(eventsBefore);
	}

	@Test
	void bobCannotTouchAlicesUploadSession() {
		byte[] chunk = Images.jpeg(320, 240, 97);
		HttpResponse<byte[]> declared = alice.postJson("/api/uploads",
				"{\"fileName\":\"alice-big.jpg\",\"sizeBytes\":%d,\"sha256\":\"%s\"}".formatted(chunk.length,
						"cd".repeat(32)));
		assertThat(declared.statusCode()).isEqualTo(201);
		String upload = "/api/uploads/" + ApiClient.json(declared).path("id").asString();
		try {
			assertThat(bob.get(upload).statusCode()).isEqualTo(404);
			assertThat(bob.putBytes(upload + "/chunks/0", chunk).statusCode()).isEqualTo(404);
			assertThat(bob.postJson(upload + "/complete", "").statusCode()).isEqualTo(404);
			assertThat(bob.delete(upload).statusCode()).isEqualTo(404);

			JsonNode received = ApiClient.json(alice.get(upload)).path("receivedChunks");
			assertThat(received.isArray() && received.isEmpty()).as("chunks Alice's session holds").isTrue();
		}
		finally {
			assertThat(alice.delete(upload).statusCode()).isEqualTo(204);
		}
	}

	@Test
	void duplicateCheckNeverAnswersWithAnotherOwnersPhoto() throws NoSuchAlgorithmException {
		String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));

		JsonNode known = ApiClient.json(bob.postJson("/api/photos/check", "{\"sha256\":[\"" + hash + "\"]}"));
		HttpResponse<byte[]> bobsCopy = bob.upload("copied.jpg", "image/jpeg", original);

		assertThat(known.path("known").isArray() && known.path("known").isEmpty()).as(known.toString()).isTrue();
		assertThat(bobsCopy.statusCode()).as("the same bytes are a new photo for Bob").isEqualTo(201);
		assertThat(ApiClient.json(bobsCopy).path("id").asString()).isNotEqualTo(photoId);
		String copy = ApiClient.json(bobsCopy).path("id").asString();
		assertThat(bob.delete("/api/photos/" + copy).statusCode()).isEqualTo(204);
		assertThat(bob.delete("/api/trash/" + copy).statusCode()).isEqualTo(204);
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

	// Every photo event carries the photo's id in its payload.
	private static long eventsAbout(String id) throws SQLException {
		try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), "photo_service", "");
				PreparedStatement count = connection
					.prepareStatement("select count(*) from photos.outbox_event where payload like ?")) {
			count.setString(1, "%" + id + "%");
			try (ResultSet rows = count.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static String token(String user, String password) {
		return TokenClient.accessToken(stack.issuerUri(), Stack.SPA_CLIENT_ID, URI.create(stack.gatewayUri() + "/"),
				user, password);
	}

}
