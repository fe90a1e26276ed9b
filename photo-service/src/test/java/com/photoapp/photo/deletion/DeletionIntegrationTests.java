package com.photoapp.photo.deletion;

import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoEvents;
import com.photoapp.photo.PhotoServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting moves a photo to the trash; only purging it from there deletes the row and its blobs. */
@PhotoServiceTest
class DeletionIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	@LocalServerPort
	private int port;

	@Autowired
	private PhotoEvents events;

	@Test
	void deletionMovesThePhotoToTheTrashWithoutAnEvent() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		api.client().delete().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNoContent();

		api.client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.trashedAt").isNotEmpty();
		assertThat(this.events.recordedFor(api.ownerId())).isZero();
	}

	@Test
	void purgingFromTheTrashPublishesExactlyOnePurgeEventAndThePhotoIsGone() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerTrashedPhoto();

		api.purge(photoId);

		api.client().get().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNotFound();
		assertThat(this.events.purgedPhotosOf(api.ownerId())).containsExactly(photoId);
	}

	@Test
	void purgingTwiceIsNotFoundTheSecondTimeAndPublishesOnce() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerTrashedPhoto();
		api.purge(photoId);

		api.client().delete().uri("/api/trash/{id}", photoId).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");

		assertThat(this.events.purgedPhotosOf(api.ownerId())).containsExactly(photoId);
	}

	@Test
	void deletingAnotherOwnersPhotoIsNotFoundAndChangesNothing() {
		PhotoApi owner = PhotoApi.newUser(this.port);
		UUID photoId = owner.registerPhoto(null);

		PhotoApi.newUser(this.port).client().delete().uri("/api/photos/{id}", photoId).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");

		owner.client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.trashedAt").isEmpty();
		assertThat(this.events.recordedFor(owner.ownerId())).isZero();
	}

	@Test
	void deletingAnUnknownPhotoIsNotFound() {
		PhotoApi.newUser(this.port).client().delete().uri("/api/photos/{id}", UUID.randomUUID()).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");
	}

}
