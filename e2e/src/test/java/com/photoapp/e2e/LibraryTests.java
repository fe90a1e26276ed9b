package com.photoapp.e2e;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The library's bookkeeping across the real services: duplicates, usage, the trash's scheduled
 * purge reaching Azurite, favourites and renaming.
 */
@ExtendWith(StackExtension.class)
class LibraryTests {

	private static Stack stack;

	private static ApiClient olivia;

	@BeforeAll
	static void signIn(Stack started) {
		stack = started;
		olivia = ApiClient.signedIn(stack, "olivia", "olivia-password");
	}

	@Test
	void sameBytesUploadedTwiceKeepOneRowAndOneSetOfBlobs() throws NoSuchAlgorithmException {
		byte[] photo = Images.jpeg(800, 600, 1001);
		String id = uploaded("first.jpg", photo);
		List<String> blobsAfterFirst = blobsOfOwnerOf(id);

		HttpResponse<byte[]> again = olivia.upload("second-name.jpg", "image/jpeg", photo);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(again).path("id").asString()).isEqualTo(id);
		assertThat(ApiClient.json(again).path("duplicate").asBoolean()).isTrue();
		assertThat(ApiClient.json(olivia.get("/api/photos?limit=200")).path("items").findValuesAsString("id"))
			.containsOnlyOnce(id);
		assertThat(blobsOfOwnerOf(id)).containsExactlyInAnyOrderElementsOf(blobsAfterFirst);
		JsonNode known = ApiClient.json(olivia.postJson("/api/photos/check", "{\"sha256\":[\"" + sha256(photo) + "\"]}"));
		assertThat(known.path("known").get(0).path("photoId").asString()).isEqualTo(id);
	}

	@Test
	void trashedPhotoIsPurgedByTheScheduleAndItsBlobsGo() throws SQLException {
		String id = uploaded("old.jpg", Images.jpeg(640, 480, 1002));
		assertThat(olivia.delete("/api/photos/" + id).statusCode()).isEqualTo(204);

		trashedDaysAgo(id, 31);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(olivia.get("/api/photos/" + id).statusCode()).isEqualTo(404);
			assertThat(blobsOfPhoto(id)).isEmpty();
		});
	}

	@Test
	void usageCountsTheTrashUntilItIsEmptied() {
		long before = usage().path("usedBytes").asLong();
		byte[] photo = Images.jpeg(640, 480, 1003);
		String id = uploaded("counted.jpg", photo);

		assertThat(usage().path("usedBytes").asLong()).isEqualTo(before + photo.length);
		assertThat(olivia.delete("/api/photos/" + id).statusCode()).isEqualTo(204);
		assertThat(usage().path("usedBytes").asLong()).isEqualTo(before + photo.length);
		assertThat(usage().path("trashedBytes").asLong()).isGreaterThanOrEqualTo(photo.length);

		assertThat(olivia.delete("/api/trash/" + id).statusCode()).isEqualTo(204);
		assertThat(usage().path("usedBytes").asLong()).isEqualTo(before);
		assertThat(usage().path("quotaBytes").asLong()).isPositive();
	}

	@Test
	void photoCanBeRenamedAndMarkedAsFavourite() {
		String id = uploaded("IMG_0001.jpg", Images.jpeg(320, 240, 1004));

		HttpResponse<byte[]> patched = olivia.patchJson("/api/photos/" + id,
				"{\"fileName\":\"Summer at the lake.jpg\",\"favourite\":true}");

		assertThat(patched.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(olivia.get("/api/photos/" + id)).path("fileName").asString())
			.isEqualTo("Summer at the lake.jpg");
		assertThat(ApiClient.json(olivia.get("/api/photos?favourite=true")).path("items").findValuesAsString("id"))
			.contains(id);
		HttpResponse<byte[]> refused = olivia.patchJson("/api/photos/" + id, "{\"fileName\":\"../etc/passwd\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(refused).path("type").asString()).endsWith("/invalid-file-name");
	}

	private static String uploaded(String name, byte[] photo) {
		HttpResponse<byte[]> response = olivia.upload(name, "image/jpeg", photo);
		assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(201);
		return ApiClient.json(response).path("id").asString();
	}

	private static JsonNode usage() {
		return ApiClient.json(olivia.get("/api/usage"));
	}

	// The scheduled purge compares with the service's own clock, so the row is moved back in time.
	private static void trashedDaysAgo(String photoId, int days) throws SQLException {
		try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), "photo_service", "");
				PreparedStatement update = connection.prepareStatement(
						"update photos.photo set trashed_at = now() - make_interval(days => ?) where id = ?")) {
			update.setInt(1, days);
			update.setObject(2, UUID.fromString(photoId));
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private static List<String> blobsOfPhoto(String photoId) {
		return container().listBlobs().stream().map(BlobItem::getName).filter((name) -> name.contains(photoId)).toList();
	}

	// Blob names are {ownerId}/{photoId}/{variant}; the owner is read off one of the photo's blobs.
	private static List<String> blobsOfOwnerOf(String photoId) {
		String owner = blobsOfPhoto(photoId).getFirst().split("/")[0];
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(owner + "/");
		return container().listBlobs(options, null).stream().map(BlobItem::getName).toList();
	}

	private static BlobContainerClient container() {
		return new BlobServiceClientBuilder().connectionString(stack.blobConnectionString())
			.buildClient()
			.getBlobContainerClient("photos");
	}

	private static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
