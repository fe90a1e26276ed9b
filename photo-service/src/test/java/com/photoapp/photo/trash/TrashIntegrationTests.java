package com.photoapp.photo.trash;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoEvents;
import com.photoapp.photo.PhotoServiceTest;
import com.photoapp.photo.catalogue.CatalogueProperties;
import com.photoapp.photo.catalogue.PhotoRepository;
import com.photoapp.photo.catalogue.PhotoResponse;
import com.photoapp.photo.deletion.PhotoDeletion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The trash of the public API: list, restore, purge one, empty. */
@PhotoServiceTest
class TrashIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	@LocalServerPort
	private int port;

	@Autowired
	private PhotoEvents events;

	@Autowired
	private PhotoRepository photos;

	@Autowired
	private PhotoDeletion deletion;

	@Autowired
	private Clock clock;

	@Test
	void trashedPhotoLeavesTheTimelineAndEntersTheTrash() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID kept = api.registerPhoto(null);
		UUID trashed = api.registerTrashedPhoto();

		assertThat(ids(page(api, "/api/photos"))).containsExactly(kept);
		Page trash = page(api, "/api/trash");
		assertThat(ids(trash)).containsExactly(trashed);
		assertThat(trash.items().getFirst().trashedAt()).isNotNull();
	}

	@Test
	void deletingATrashedPhotoAgainKeepsItsTrashingTime() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerTrashedPhoto();
		PhotoResponse before = get(api, photoId);

		api.client().delete().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNoContent();

		assertThat(get(api, photoId).trashedAt()).isEqualTo(before.trashedAt());
	}

	@Test
	void restoreBringsThePhotoBackToTheTimeline() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerTrashedPhoto();

		api.client().post().uri("/api/photos/{id}/restore", photoId).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(photoId.toString())
			.jsonPath("$.trashedAt").isEmpty();

		assertThat(ids(page(api, "/api/photos"))).containsExactly(photoId);
		assertThat(page(api, "/api/trash").items()).isEmpty();
	}

	@Test
	void restoringAPhotoOutsideTheTrashAnswersItUnchanged() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);
		PhotoResponse before = get(api, photoId);

		PhotoResponse restored = api.client().post().uri("/api/photos/{id}/restore", photoId).exchange()
			.expectStatus().isOk()
			.returnResult(PhotoResponse.class)
			.getResponseBody();

		assertThat(restored).isEqualTo(before);
	}

	@Test
	void trashPagesNewestTrashedFirst() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID first = api.registerTrashedPhoto();
		UUID second = api.registerTrashedPhoto();
		UUID third = api.registerTrashedPhoto();

		Page newest = page(api, "/api/trash?limit=2");
		Page rest = page(api, "/api/trash?limit=2&cursor=" + newest.nextCursor());

		assertThat(ids(newest)).containsExactly(third, second);
		assertThat(ids(rest)).containsExactly(first);
		assertThat(rest.nextCursor()).isNull();
	}

	@Test
	void malformedTrashCursorIsABadRequest() {
		PhotoApi.newUser(this.port).client().get().uri("/api/trash?cursor={cursor}", "%%%").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-cursor");
	}

	@Test
	void purgingAPhotoOutsideTheTrashIsNotFoundAndKeepsIt() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		api.client().delete().uri("/api/trash/{id}", photoId).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");

		api.client().get().uri("/api/photos/{id}", photoId).exchange().expectStatus().isOk();
		assertThat(this.events.recordedFor(api.ownerId())).isZero();
	}

	@Test
	void emptyingTheTrashPurgesEveryTrashedPhotoWithOneEventEach() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID kept = api.registerPhoto(null);
		List<UUID> trashed = List.of(api.registerTrashedPhoto(), api.registerTrashedPhoto(),
				api.registerTrashedPhoto());

		api.client().delete().uri("/api/trash").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.purged").isEqualTo(3);

		assertThat(page(api, "/api/trash").items()).isEmpty();
		assertThat(ids(page(api, "/api/photos"))).containsExactly(kept);
		assertThat(this.events.purgedPhotosOf(api.ownerId())).containsExactlyInAnyOrderElementsOf(trashed);
	}

	@Test
	void emptiesTheTrashInBatches() {
		PhotoApi api = PhotoApi.newUser(this.port);
		List<UUID> trashed = IntStream.range(0, 5).mapToObj((i) -> api.registerTrashedPhoto()).toList();
		CatalogueProperties batchesOfTwo = new CatalogueProperties(DataSize.ofGigabytes(16), Duration.ofDays(30), 2);
		Trash trash = new Trash(this.photos, this.deletion, batchesOfTwo, this.clock);

		assertThat(trash.empty(api.ownerId())).isEqualTo(5);

		assertThat(this.events.purgedPhotosOf(api.ownerId())).containsExactlyInAnyOrderElementsOf(trashed);
	}

	@Test
	void emptyingAnEmptyTrashPurgesNothing() {
		PhotoApi api = PhotoApi.newUser(this.port);
		api.registerPhoto(null);

		api.client().delete().uri("/api/trash").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.purged").isEqualTo(0);

		assertThat(this.events.recordedFor(api.ownerId())).isZero();
	}

	@Test
	void anotherOwnerCanNeitherRestoreNorPurgeNorEmptyTheTrash() {
		PhotoApi owner = PhotoApi.newUser(this.port);
		UUID photoId = owner.registerTrashedPhoto();
		PhotoApi other = PhotoApi.newUser(this.port);

		other.client().post().uri("/api/photos/{id}/restore", photoId).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");
		other.client().delete().uri("/api/trash/{id}", photoId).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");
		other.client().delete().uri("/api/trash").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.purged").isEqualTo(0);

		assertThat(ids(page(owner, "/api/trash"))).containsExactly(photoId);
		assertThat(page(other, "/api/trash").items()).isEmpty();
		assertThat(this.events.recordedFor(owner.ownerId())).isZero();
	}

	private static PhotoResponse get(PhotoApi api, UUID photoId) {
		return api.client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectStatus().isOk()
			.returnResult(PhotoResponse.class)
			.getResponseBody();
	}

	private static Page page(PhotoApi api, String uri) {
		return api.client().get().uri(uri).exchange().expectStatus().isOk().returnResult(Page.class).getResponseBody();
	}

	private static List<UUID> ids(Page page) {
		return page.items().stream().map(PhotoResponse::id).toList();
	}

	record Page(List<PhotoResponse> items, @Nullable String nextCursor) {

	}

}
