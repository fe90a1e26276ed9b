package com.photoapp.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.devstack.Stack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the whole system promises about one owner's library, read straight from photo-service's
 * rows and Azurite's blobs rather than through the API: every photo the catalogue holds (in the
 * trash too) has its original and, when made, its derivatives; no blob belongs to a photo the
 * catalogue does not hold; a purged photo has neither row nor blob. Check it once every upload and
 * purge a test started has settled, since an upload in flight has blobs before its row.
 */
final class LibraryInvariants {

	private final Stack stack;

	LibraryInvariants(Stack stack) {
		this.stack = stack;
	}

	/**
	 * Asserts the promises for an owner.
	 * @param ownerId the owner, as in the blob names
	 */
	void assertHold(String ownerId) throws SQLException {
		Map<String, Boolean> photos = catalogued(ownerId);
		Map<String, Set<String>> blobs = blobsByPhoto(ownerId);

		assertThat(blobs.keySet()).as("photos with blobs but no catalogue row")
			.isSubsetOf(photos.keySet());
		photos.forEach((photoId, derivatives) -> assertThat(blobs.getOrDefault(photoId, Set.of()))
			.as("blobs of catalogued photo %s", photoId)
			.isEqualTo(derivatives ? Set.of("original", "preview", "thumb") : Set.of("original")));
	}

	/**
	 * Asserts that a photo is gone everywhere.
	 * @param ownerId the owner
	 * @param photoId the purged photo
	 */
	void assertPurged(String ownerId, String photoId) throws SQLException {
		assertThat(catalogued(ownerId)).as("catalogue rows").doesNotContainKey(photoId);
		assertThat(blobsByPhoto(ownerId)).as("blobs").doesNotContainKey(photoId);
	}

	/**
	 * The owner of a photo, read off its row.
	 * @param photoId a photo the catalogue holds
	 * @return the owner's id
	 */
	String ownerOf(String photoId) throws SQLException {
		try (Connection connection = connect();
				PreparedStatement query = connection.prepareStatement("select owner_id from photos.photo where id = ?")) {
			query.setObject(1, UUID.fromString(photoId));
			try (ResultSet rows = query.executeQuery()) {
				assertThat(rows.next()).as("row of photo %s", photoId).isTrue();
				return rows.getString(1);
			}
		}
	}

	private Map<String, Boolean> catalogued(String ownerId) throws SQLException {
		Map<String, Boolean> photos = new HashMap<>();
		try (Connection connection = connect();
				PreparedStatement query = connection
					.prepareStatement("select id, derivatives from photos.photo where owner_id = ?")) {
			query.setObject(1, UUID.fromString(ownerId));
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					photos.put(rows.getString("id"), rows.getBoolean("derivatives"));
				}
			}
		}
		return photos;
	}

	// Blob names are {ownerId}/{photoId}/{variant}.
	private Map<String, Set<String>> blobsByPhoto(String ownerId) {
		List<String> names = new BlobServiceClientBuilder().connectionString(this.stack.blobConnectionString())
			.buildClient()
			.getBlobContainerClient("photos")
			.listBlobs(new ListBlobsOptions().setPrefix(ownerId + "/"), null)
			.stream()
			.map(BlobItem::getName)
			.toList();
		Map<String, Set<String>> blobs = new HashMap<>();
		for (String name : names) {
			String[] parts = name.split("/");
			blobs.computeIfAbsent(parts[1], (photoId) -> new TreeSet<>()).add(parts[2]);
		}
		return blobs;
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.stack.jdbcUrl(), "photo_service", "");
	}

}
