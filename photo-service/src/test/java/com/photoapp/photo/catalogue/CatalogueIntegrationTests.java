package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PhotoServiceTest
class CatalogueIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	@LocalServerPort
	private int port;

	@Test
	void registrationAnswersCreatedWithThePhoto() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = UUID.randomUUID();

		api.register(PhotoApi.registration(photoId, Instant.parse("2026-05-01T10:15:30Z")))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/photos/" + photoId)
			.expectBody()
			.jsonPath("$.id").isEqualTo(photoId.toString())
			.jsonPath("$.fileName").isEqualTo("IMG_0001.jpg")
			.jsonPath("$.contentType").isEqualTo("image/jpeg")
			.jsonPath("$.sizeBytes").isEqualTo(123_456)
			.jsonPath("$.width").isEqualTo(640)
			.jsonPath("$.height").isEqualTo(480)
			.jsonPath("$.takenAt").isEqualTo("2026-05-01T10:15:30Z")
			.jsonPath("$.uploadedAt").isNotEmpty()
			.jsonPath("$.takenAtOffset").isEmpty()
			.jsonPath("$.cameraMake").isEmpty()
			.jsonPath("$.cameraModel").isEmpty()
			.jsonPath("$.location").isEmpty()
			.jsonPath("$.favourite").isEqualTo(false)
			.jsonPath("$.trashedAt").isEmpty()
			.jsonPath("$.derivatives").isEqualTo(true)
			.jsonPath("$.duplicate").isEqualTo(false)
			.jsonPath("$.sha256").doesNotExist()
			.jsonPath("$.ownerId").doesNotExist();
	}

	@Test
	void registrationKeepsTheCameraMetadata() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = UUID.randomUUID();
		Map<String, Object> body = PhotoApi.registration(photoId, Instant.parse("2026-05-01T08:15:30Z"));
		body.put("takenAtOffset", "+02:00");
		body.put("cameraMake", "Canon");
		body.put("cameraModel", "Canon EOS R6");
		body.put("latitude", 48.8584);
		body.put("longitude", -2.2945);
		body.put("derivatives", false);

		api.register(body).expectStatus().isCreated();

		api.client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.takenAt").isEqualTo("2026-05-01T08:15:30Z")
			.jsonPath("$.takenAtOffset").isEqualTo("+02:00")
			.jsonPath("$.cameraMake").isEqualTo("Canon")
			.jsonPath("$.cameraModel").isEqualTo("Canon EOS R6")
			.jsonPath("$.location.latitude").isEqualTo(48.8584)
			.jsonPath("$.location.longitude").isEqualTo(-2.2945)
			.jsonPath("$.derivatives").isEqualTo(false);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			takenAtOffset | 2:00
			takenAtOffset | +02:00:00
			takenAtOffset | +25:00
			latitude      | 90.5
			latitude      | -91
			latitude      | NaN
			longitude     | Infinity
			longitude     | 180.01
			longitude     | -181
			takenAt       | 1700-01-01T00:00:00Z
			takenAt       | +12026-01-01T00:00:00Z
			contentType   | text/html
			""")
	void registrationWithInvalidMetadataIsRejectedNamingTheField(String field, String value) {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.put("latitude", 1.0);
		body.put("longitude", 1.0);
		body.put(field, value);

		PhotoApi.newUser(this.port).register(body)
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo(PROBLEMS + "validation-failed")
			.jsonPath("$.errors[0].field").value(String.class, (name) -> assertThat(name).startsWith(field));
	}

	@ParameterizedTest
	@ValueSource(strings = { "cameraMake", "cameraModel" })
	void cameraLabelsLongerThan100CharactersAreRejected(String field) {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.put(field, "x".repeat(101));

		PhotoApi.newUser(this.port).register(body)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cameraMake", "cameraModel" })
	void cameraLabelsWithControlCharactersAreRejected(String field) {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.put(field, "Canon\u0000");

		PhotoApi.newUser(this.port).register(body)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

	@Test
	void latitudeWithoutLongitudeIsRejected() {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.put("latitude", 10.0);

		PhotoApi.newUser(this.port).register(body)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("locationComplete");
	}

	@Test
	void registrationWithAnUnfitFileNameIsRejected() {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.put("fileName", "photo\u202Egpj.exe");

		PhotoApi.newUser(this.port).register(body)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-file-name");
	}

	@Test
	void registrationStoresTheFileNameInNfcWithoutSurroundingSpace() {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.put("fileName", "  Cafe\u0301.jpg ");

		PhotoApi.newUser(this.port).register(body)
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.fileName").isEqualTo("Caf\u00e9.jpg");
	}

	@Test
	void registeringTheSamePhotoAgainAnswersTheExistingPhoto() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = UUID.randomUUID();
		PhotoResponse first = api.register(PhotoApi.registration(photoId, null))
			.expectStatus()
			.isCreated()
			.returnResult(PhotoResponse.class)
			.getResponseBody();

		PhotoResponse second = api.register(PhotoApi.registration(photoId, null))
			.expectStatus()
			.isOk()
			.returnResult(PhotoResponse.class)
			.getResponseBody();

		assertThat(second).isEqualTo(first);
		api.register(PhotoApi.registration(photoId, null))
			.expectBody().jsonPath("$.duplicate").isEqualTo(false);
	}

	@Test
	void photoIdOfAnotherOwnerIsAConflict() {
		UUID photoId = PhotoApi.newUser(this.port).registerPhoto(null);

		PhotoApi.newUser(this.port)
			.register(PhotoApi.registration(photoId, null))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo(PROBLEMS + "photo-id-conflict")
			.jsonPath("$.fileName").doesNotExist();
	}

	@Test
	void ownerGetsTheirPhoto() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		api.client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.id").isEqualTo(photoId.toString());
	}

	@Test
	void anotherOwnersPhotoIsNotFound() {
		UUID photoId = PhotoApi.newUser(this.port).registerPhoto(null);

		PhotoApi.newUser(this.port).client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");
	}

	@Test
	void unknownPhotoIsNotFound() {
		PhotoApi.newUser(this.port).client().get().uri("/api/photos/{id}", UUID.randomUUID()).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");
	}

	@Test
	void malformedPhotoIdIsABadRequest() {
		PhotoApi.newUser(this.port).client().get().uri("/api/photos/not-a-uuid").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-parameter");
	}

	@Test
	void registrationWithInvalidHashIsRejectedNamingTheField() {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.put("sha256", "not-hex");

		PhotoApi.newUser(this.port).register(body)
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.type").isEqualTo(PROBLEMS + "validation-failed")
			.jsonPath("$.errors[0].field").isEqualTo("sha256");
	}

	@Test
	void registrationWithoutSizeIsRejected() {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.remove("sizeBytes");

		PhotoApi.newUser(this.port).register(body)
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "validation-failed");
	}

	@Test
	void malformedJsonIsABadRequest() {
		PhotoApi.newUser(this.port).client().post().uri("/internal/photos")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"photoId\": \"not-a-uuid\"")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-body");
	}

	@Test
	void requestWithoutTokenIsUnauthorized() {
		RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build()
			.get().uri("/api/photos/{id}", UUID.randomUUID()).exchange()
			.expectStatus().isUnauthorized();
	}

}
