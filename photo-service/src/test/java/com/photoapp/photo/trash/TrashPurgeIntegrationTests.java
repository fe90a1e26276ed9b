package com.photoapp.photo.trash;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoEvents;
import com.photoapp.photo.PhotoServiceTest;
import com.photoapp.photo.catalogue.CatalogueProperties;
import com.photoapp.photo.deletion.PhotoDeletion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled purge, run by hand with a fixed clock. Photos are trashed in 2001, long before any
 * other test's, so a purge here reaches only this class's photos.
 */
@PhotoServiceTest
class TrashPurgeIntegrationTests {

	private static final Instant TRASHED_AT = Instant.parse("2001-03-01T12:00:00Z");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PhotoDeletion deletion;

	@Autowired
	private CatalogueProperties properties;

	@Autowired
	private PhotoEvents events;

	@Test
	void keepsAPhotoTrashed29DaysAgo() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = trashedAt(api, TRASHED_AT);

		purgeAt(TRASHED_AT.plus(Duration.ofDays(29)), this.properties);

		api.client().get().uri("/api/photos/{id}", photoId).exchange().expectStatus().isOk();
		assertThat(this.events.recordedFor(api.ownerId())).isZero();
	}

	@Test
	void purgesAPhotoTrashed31DaysAgoWithOneEvent() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = trashedAt(api, TRASHED_AT);

		int purged = purgeAt(TRASHED_AT.plus(Duration.ofDays(31)), this.properties);

		assertThat(purged).isPositive();
		api.client().get().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNotFound();
		assertThat(this.events.purgedPhotosOf(api.ownerId())).containsExactly(photoId);
	}

	@Test
	void purgingAgainPurgesNothingAndPublishesNothingMore() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = trashedAt(api, TRASHED_AT);
		Instant later = TRASHED_AT.plus(Duration.ofDays(31));
		purgeAt(later, this.properties);

		assertThat(purgeAt(later, this.properties)).isZero();

		assertThat(this.events.purgedPhotosOf(api.ownerId())).containsExactly(photoId);
	}

	@Test
	void purgesInBatchesUntilNothingExpiredIsLeft() {
		PhotoApi api = PhotoApi.newUser(this.port);
		List<UUID> photoIds = IntStream.range(0, 5).mapToObj((i) -> trashedAt(api, TRASHED_AT)).toList();
		CatalogueProperties batchesOfTwo = new CatalogueProperties(DataSize.ofGigabytes(16), Duration.ofDays(30), 2);

		int purged = purgeAt(TRASHED_AT.plus(Duration.ofDays(31)), batchesOfTwo);

		assertThat(purged).isGreaterThanOrEqualTo(5);
		assertThat(this.events.purgedPhotosOf(api.ownerId())).containsExactlyInAnyOrderElementsOf(photoIds);
	}

	@Test
	void leavesPhotosOutsideTheTrashAlone() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(TRASHED_AT.minus(Duration.ofDays(400)));

		purgeAt(TRASHED_AT.plus(Duration.ofDays(31)), this.properties);

		api.client().get().uri("/api/photos/{id}", photoId).exchange().expectStatus().isOk();
		assertThat(this.events.recordedFor(api.ownerId())).isZero();
	}

	private int purgeAt(Instant now, CatalogueProperties properties) {
		return new TrashPurge(this.deletion, properties, Clock.fixed(now, ZoneOffset.UTC)).purgeExpired();
	}

	// The API trashes at the present time; the fixture moves the trashing time to the past.
	private UUID trashedAt(PhotoApi api, Instant trashedAt) {
		UUID photoId = api.registerTrashedPhoto();
		this.jdbc.sql("update photo set trashed_at = :trashedAt where id = :id")
			.param("trashedAt", trashedAt.atOffset(ZoneOffset.UTC))
			.param("id", photoId)
			.update();
		return photoId;
	}

}
