package com.photoapp.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deleting a photo for good while a part of the path is down: the person's request succeeds at
 * once, and the blobs go when the part is back, without anyone doing anything.
 */
@ExtendWith(StackExtension.class)
class PurgeAcrossOutagesTests {

	private static final Duration RECOVERY = Duration.ofSeconds(90);

	private static Stack stack;

	private static ApiClient bob;

	private static LibraryInvariants invariants;

	@BeforeAll
	static void signIn(Stack started) {
		stack = started;
		invariants = new LibraryInvariants(stack);
		bob = ApiClient.signedIn(stack, "bob", "bob-password");
	}

	@Test
	void purgeWhileTheBrokerIsDownRemovesTheBlobsOnceItIsBack() throws Exception {
		String id = trashedPhoto(8301);
		String owner = invariants.ownerOf(id);
		stack.stopBroker();
		try {
			HttpResponse<byte[]> purged = bob.delete("/api/trash/" + id);

			assertThat(purged.statusCode()).isEqualTo(204);
			assertThat(bob.get("/api/photos/" + id).statusCode()).isEqualTo(404);
			// The event waits in photo-service's outbox; nothing else can reach storage-service.
			await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(eventsAbout(id, true)).isEqualTo(1));
			assertThat(blobsOf(id)).hasSize(3);
		}
		finally {
			stack.startBroker();
		}

		await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(blobsOf(id)).isEmpty());
		assertThat(eventsAbout(id, true)).isZero();
		invariants.assertPurged(owner, id);
		invariants.assertHold(owner);
	}

	@Test
	void purgeWhileAzureIsDownRemovesTheBlobsOnceItIsBack() throws Exception {
		String id = trashedPhoto(8302);
		String owner = invariants.ownerOf(id);
		long failedBefore = failedDeliveries();
		stack.stopBlobs();
		try {
			HttpResponse<byte[]> purged = bob.delete("/api/trash/" + id);

			assertThat(purged.statusCode()).isEqualTo(204);
			// PhotoPurged is published though storage-service cannot act on it yet.
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(eventsAbout(id, false)).isEqualTo(1);
				assertThat(eventsAbout(id, true)).isZero();
			});
			// Its deletes fail while Azurite is away and are retried: wait until one more attempt has failed.
			await().atMost(Duration.ofSeconds(30)).until(() -> failedDeliveries() > failedBefore);
		}
		finally {
			stack.startBlobs();
		}

		await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(blobsOf(id)).isEmpty());
		invariants.assertPurged(owner, id);
		invariants.assertHold(owner);
	}

	private static String trashedPhoto(int seed) {
		HttpResponse<byte[]> uploaded = bob.upload("outage-" + seed + ".jpg", "image/jpeg", Images.jpeg(640, 480, seed));
		assertThat(uploaded.statusCode()).as(new String(uploaded.body())).isEqualTo(201);
		String id = ApiClient.json(uploaded).path("id").asString();
		assertThat(bob.delete("/api/photos/" + id).statusCode()).isEqualTo(204);
		assertThat(blobsOf(id)).as("original, thumbnail and preview").hasSize(3);
		return id;
	}

	// storage-service logs each failed delivery attempt of an event with the exception's class.
	private static long failedDeliveries() throws IOException {
		return Files.readAllLines(stack.logDir().resolve("storage-service.log"))
			.stream()
			.filter((line) -> line.contains("failed with java.net.ConnectException"))
			.count();
	}

	private static List<String> blobsOf(String photoId) {
		return new BlobServiceClientBuilder().connectionString(stack.blobConnectionString())
			.buildClient()
			.getBlobContainerClient("photos")
			.listBlobs()
			.stream()
			.map(BlobItem::getName)
			.filter((name) -> name.contains(photoId))
			.toList();
	}

	// PhotoPurged is the only photo event, and it carries the photo's id in its payload.
	private static long eventsAbout(String photoId, boolean unpublishedOnly) throws SQLException {
		String sql = "select count(*) from photos.outbox_event where payload like ?"
				+ (unpublishedOnly ? " and published_at is null" : "");
		try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(), "photo_service", "");
				PreparedStatement count = connection.prepareStatement(sql)) {
			count.setString(1, "%" + photoId + "%");
			try (ResultSet rows = count.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
