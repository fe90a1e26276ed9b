package com.photoapp.photo.deletion;

import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PhotoServiceTest
class DeletionIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void deletionAnswersNoContentAndThePhotoIsGone() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		api.client().delete().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNoContent();

		api.client().get().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNotFound();
	}

	@Test
	void deletionRecordsExactlyOnePurgeEventForThePhoto() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		api.client().delete().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNoContent();

		assertThat(this.jdbc.sql("""
				select event_type from outbox_event
				where message_key = :owner and topic = 'photo-events' and payload like :photo""")
			.param("owner", api.ownerId().toString())
			.param("photo", "%" + photoId + "%")
			.query(String.class)
			.list()).containsExactly("PhotoPurged");
	}

	@Test
	void deletingAnotherOwnersPhotoIsNotFoundAndChangesNothing() {
		PhotoApi owner = PhotoApi.newUser(this.port);
		UUID photoId = owner.registerPhoto(null);

		PhotoApi.newUser(this.port).client().delete().uri("/api/photos/{id}", photoId).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/photo-not-found");

		owner.client().get().uri("/api/photos/{id}", photoId).exchange().expectStatus().isOk();
		assertThat(outboxRecordsOf(owner)).isZero();
	}

	@Test
	void deletingTwiceIsNotFoundTheSecondTime() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);
		api.client().delete().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNoContent();

		api.client().delete().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNotFound();

		assertThat(outboxRecordsOf(api)).isOne();
	}

	private long outboxRecordsOf(PhotoApi api) {
		return this.jdbc.sql("select count(*) from outbox_event where message_key = :owner")
			.param("owner", api.ownerId().toString())
			.query(Long.class)
			.single();
	}

}
