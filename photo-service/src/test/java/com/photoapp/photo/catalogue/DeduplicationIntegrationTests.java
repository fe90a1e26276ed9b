package com.photoapp.photo.catalogue;

import java.util.Map;
import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The same bytes registered twice by one owner keep one photo. */
@PhotoServiceTest
class DeduplicationIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void sameBytesUnderAnotherIdAnswerTheExistingPhotoAsDuplicate() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID first = api.registerPhoto(null);

		registerSameBytes(api, first, UUID.randomUUID())
			.expectStatus().isOk()
			.expectHeader().doesNotExist("Location")
			.expectBody()
			.jsonPath("$.id").isEqualTo(first.toString())
			.jsonPath("$.duplicate").isEqualTo(true);

		assertThat(rowsOf(api)).isOne();
	}

	@Test
	void duplicateOfATrashedPhotoRestoresIt() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID trashed = api.registerTrashedPhoto();

		registerSameBytes(api, trashed, UUID.randomUUID())
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(trashed.toString())
			.jsonPath("$.trashedAt").isEmpty()
			.jsonPath("$.duplicate").isEqualTo(true);

		api.client().get().uri("/api/photos").exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.items[0].id").isEqualTo(trashed.toString());
		assertThat(rowsOf(api)).isOne();
	}

	@Test
	void sameBytesOfAnotherOwnerAreANewPhoto() {
		PhotoApi owner = PhotoApi.newUser(this.port);
		UUID photoId = owner.registerPhoto(null);
		PhotoApi other = PhotoApi.newUser(this.port);
		UUID otherId = UUID.randomUUID();

		registerSameBytes(other, photoId, otherId)
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.id").isEqualTo(otherId.toString());
	}

	@Test
	void retryOfADeduplicatedRegistrationIsStillADuplicate() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID first = api.registerPhoto(null);
		UUID second = UUID.randomUUID();
		registerSameBytes(api, first, second).expectStatus().isOk();

		registerSameBytes(api, first, second)
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(first.toString())
			.jsonPath("$.duplicate").isEqualTo(true);
	}

	// PhotoApi derives the hash from the photo id, so this sends the bytes of "original" again.
	private static RestTestClient.ResponseSpec registerSameBytes(PhotoApi api, UUID original, UUID photoId) {
		Map<String, Object> body = PhotoApi.registration(photoId, null);
		body.put("sha256", PhotoApi.sha256(original.toString()));
		return api.register(body);
	}

	private long rowsOf(PhotoApi api) {
		return this.jdbc.sql("select count(*) from photo where owner_id = :ownerId")
			.param("ownerId", api.ownerId())
			.query(Long.class)
			.single();
	}

}
