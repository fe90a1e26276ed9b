package com.photoapp.photo.catalogue;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Renaming and marking favourites with PATCH /api/photos/{id}. */
@PhotoServiceTest
class PhotoUpdateIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	@LocalServerPort
	private int port;

	@Test
	void renamesThePhoto() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		patch(api, photoId, Map.of("fileName", "Holiday.jpg"))
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.fileName").isEqualTo("Holiday.jpg")
			.jsonPath("$.favourite").isEqualTo(false);

		api.client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectBody().jsonPath("$.fileName").isEqualTo("Holiday.jpg");
	}

	@Test
	void marksAndUnmarksAFavourite() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		patch(api, photoId, Map.of("favourite", true)).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.favourite").isEqualTo(true)
			.jsonPath("$.fileName").isEqualTo("IMG_0001.jpg");
		patch(api, photoId, Map.of("favourite", false)).expectStatus().isOk()
			.expectBody().jsonPath("$.favourite").isEqualTo(false);
	}

	@Test
	void acceptsAMergePatchWithBothFieldsAndIgnoresUnknownOnes() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		api.client().patch().uri("/api/photos/{id}", photoId)
			.contentType(MERGE_PATCH)
			.body(Map.of("fileName", "Renamed.jpg", "favourite", true, "ownerId", UUID.randomUUID()))
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.fileName").isEqualTo("Renamed.jpg")
			.jsonPath("$.favourite").isEqualTo(true);
	}

	@Test
	void normalisesTheNameToNfcAndStripsSurroundingSpace() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		patch(api, photoId, Map.of("fileName", " \tCafe\u0301.jpg  "))
			.expectStatus().isOk()
			.expectBody().jsonPath("$.fileName").isEqualTo("Caf\u00e9.jpg");
	}

	@Test
	void acceptsANameOf255CharactersOutsideTheBasicPlane() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);
		String name = "\uD83D\uDCF7".repeat(251) + ".jpg";

		patch(api, photoId, Map.of("fileName", name))
			.expectStatus().isOk()
			.expectBody().jsonPath("$.fileName").isEqualTo(name);
	}

	@ParameterizedTest
	@MethodSource("unfitNames")
	void refusesAnUnfitNameAndKeepsTheOldOne(String name) {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		patch(api, photoId, Map.of("fileName", name))
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-file-name");

		api.client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectBody().jsonPath("$.fileName").isEqualTo("IMG_0001.jpg");
	}

	static Stream<Arguments> unfitNames() {
		return Stream.of(argumentSet("empty", ""), argumentSet("blank", " \t "),
				argumentSet("256 characters", "a".repeat(252) + ".jpg"),
				argumentSet("slash", "holiday/beach.jpg"), argumentSet("backslash", "holiday\\beach.jpg"),
				argumentSet("right-to-left override", "photo\u202Egpj.exe"),
				argumentSet("zero-width space", "photo\u200B.jpg"), argumentSet("NUL", "photo\u0000.jpg"),
				argumentSet("line feed", "photo\n.jpg"), argumentSet("line separator", "photo\u2028.jpg"),
				argumentSet("dots only", ".."));
	}

	@Test
	void refusesANameWithALoneSurrogate() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		api.client().patch().uri("/api/photos/{id}", photoId)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"fileName\": \"photo\\ud83d.jpg\"}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-file-name");
	}

	@Test
	void aPatchWithNeitherFieldIsAnInvalidRequest() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		patch(api, photoId, Map.of("title", "x"))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-request");
	}

	@Test
	void aFavouriteThatIsNotABooleanIsMalformed() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		patch(api, photoId, Map.of("favourite", Map.of("yes", 1)))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-body");
	}

	@Test
	void aBodyThatIsNotJsonIsUnsupported() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);

		api.client().patch().uri("/api/photos/{id}", photoId)
			.contentType(MediaType.TEXT_PLAIN)
			.body("fileName=x")
			.exchange()
			.expectStatus().isEqualTo(415)
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unsupported-media-type");
	}

	@Test
	void patchingAnotherOwnersPhotoIsNotFoundAndChangesNothing() {
		PhotoApi owner = PhotoApi.newUser(this.port);
		UUID photoId = owner.registerPhoto(null);

		patch(PhotoApi.newUser(this.port), photoId, Map.of("fileName", "Mine.jpg", "favourite", true))
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "photo-not-found");

		owner.client().get().uri("/api/photos/{id}", photoId).exchange()
			.expectBody()
			.jsonPath("$.fileName").isEqualTo("IMG_0001.jpg")
			.jsonPath("$.favourite").isEqualTo(false);
	}

	private static RestTestClient.ResponseSpec patch(PhotoApi api, UUID photoId, Map<String, ?> body) {
		return api.client().patch().uri("/api/photos/{id}", photoId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

}
