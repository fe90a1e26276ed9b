package com.photoapp.photo.catalogue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/photos/check: which hashes the caller holds already. */
@PhotoServiceTest
class DuplicateCheckIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	@LocalServerPort
	private int port;

	@Test
	void answersTheCallersKnownHashesTrashIncluded() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID kept = api.registerPhoto(null);
		UUID trashed = api.registerTrashedPhoto();
		String unknown = PhotoApi.sha256("never uploaded");

		Known known = check(api, Map.of("sha256", List.of(hashOf(kept), unknown, hashOf(trashed), hashOf(kept))))
			.expectStatus().isOk()
			.returnResult(Known.class)
			.getResponseBody();

		assertThat(known.known()).containsExactlyInAnyOrder(new KnownPhoto(hashOf(kept), kept, false),
				new KnownPhoto(hashOf(trashed), trashed, true));
	}

	@Test
	void anotherOwnersHashesAreUnknown() {
		UUID photoId = PhotoApi.newUser(this.port).registerPhoto(null);

		check(PhotoApi.newUser(this.port), Map.of("sha256", List.of(hashOf(photoId))))
			.expectStatus().isOk()
			.expectBody().json("{\"known\": []}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-hex", "ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB", "abc" })
	void aMalformedHashIsAnInvalidRequest(String hash) {
		check(PhotoApi.newUser(this.port), Map.of("sha256", List.of(hash)))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-request");
	}

	@Test
	void noHashesIsAnInvalidRequest() {
		check(PhotoApi.newUser(this.port), Map.of("sha256", List.of()))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-request");
	}

	@Test
	void aMissingListIsAnInvalidRequest() {
		check(PhotoApi.newUser(this.port), Map.of())
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-request");
	}

	@Test
	void moreThanAThousandHashesIsAnInvalidRequest() {
		List<String> hashes = Collections.nCopies(1001, PhotoApi.sha256("x"));

		check(PhotoApi.newUser(this.port), Map.of("sha256", hashes))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-request");
	}

	@Test
	void aThousandHashesAreAccepted() {
		List<String> hashes = IntStream.range(0, 1000)
			.mapToObj((i) -> PhotoApi.sha256("file " + i))
			.toList();

		check(PhotoApi.newUser(this.port), Map.of("sha256", hashes)).expectStatus().isOk();
	}

	private static String hashOf(UUID photoId) {
		return PhotoApi.sha256(photoId.toString());
	}

	private static RestTestClient.ResponseSpec check(PhotoApi api, Map<String, ?> body) {
		return api.client().post().uri("/api/photos/check").contentType(MediaType.APPLICATION_JSON).body(body)
			.exchange();
	}

	record Known(List<KnownPhoto> known) {

	}

}
