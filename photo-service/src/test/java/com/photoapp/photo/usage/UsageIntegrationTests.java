package com.photoapp.photo.usage;

import java.util.Map;
import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import com.photoapp.photo.catalogue.CatalogueProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/usage: the caller's bytes and photos, trash counted until purged. */
@PhotoServiceTest
class UsageIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private CatalogueProperties properties;

	@Test
	void countsTheTrashUntilItIsPurged() {
		PhotoApi api = PhotoApi.newUser(this.port);
		register(api, 1_000);
		UUID trashed = register(api, 300);
		UUID purged = register(api, 20);
		api.client().delete().uri("/api/photos/{id}", trashed).exchange().expectStatus().isNoContent();
		api.client().delete().uri("/api/photos/{id}", purged).exchange().expectStatus().isNoContent();
		api.purge(purged);

		api.client().get().uri("/api/usage").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.usedBytes").isEqualTo(1_300)
			.jsonPath("$.photoCount").isEqualTo(2)
			.jsonPath("$.trashedBytes").isEqualTo(300)
			.jsonPath("$.trashedCount").isEqualTo(1)
			.jsonPath("$.quotaBytes").isEqualTo(this.properties.quotaBytes().toBytes());
	}

	@Test
	void newOwnerUsesNothing() {
		PhotoApi.newUser(this.port).client().get().uri("/api/usage").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.usedBytes").isEqualTo(0)
			.jsonPath("$.photoCount").isEqualTo(0)
			.jsonPath("$.trashedBytes").isEqualTo(0)
			.jsonPath("$.trashedCount").isEqualTo(0);
	}

	@Test
	void anotherOwnersPhotosDoNotCount() {
		register(PhotoApi.newUser(this.port), 5_000);

		PhotoApi.newUser(this.port).client().get().uri("/api/usage").exchange()
			.expectBody().jsonPath("$.usedBytes").isEqualTo(0);
	}

	private static UUID register(PhotoApi api, long sizeBytes) {
		UUID photoId = UUID.randomUUID();
		Map<String, Object> body = PhotoApi.registration(photoId, null);
		body.put("sizeBytes", sizeBytes);
		api.register(body).expectStatus().isCreated();
		return photoId;
	}

}
