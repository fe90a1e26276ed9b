package com.photoapp.photo.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import com.photoapp.photo.catalogue.PhotoResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PhotoServiceTest
class TimelineIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	@LocalServerPort
	private int port;

	@Test
	void pagesThroughPhotosNewestFirst() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID oldest = api.registerPhoto(Instant.parse("2024-01-01T08:00:00Z"));
		UUID newest = api.registerPhoto(Instant.parse("2026-01-01T08:00:00Z"));
		UUID middle = api.registerPhoto(Instant.parse("2025-01-01T08:00:00Z"));

		Page first = page(api, "/api/photos?limit=2");
		Page second = page(api, "/api/photos?limit=2&cursor=" + first.nextCursor());

		assertThat(first.items()).extracting(PhotoResponse::id).containsExactly(newest, middle);
		assertThat(first.nextCursor()).isNotNull();
		assertThat(second.items()).extracting(PhotoResponse::id).containsExactly(oldest);
		assertThat(second.nextCursor()).isNull();
	}

	@Test
	void photoWithoutCaptureTimeSortsByUploadTime() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID old = api.registerPhoto(Instant.parse("2000-01-01T00:00:00Z"));
		UUID undated = api.registerPhoto(null);

		assertThat(page(api, "/api/photos").items()).extracting(PhotoResponse::id).containsExactly(undated, old);
	}

	@Test
	void emptyCursorStartsAtTheNewestPhoto() {
		PhotoApi api = PhotoApi.newUser(this.port);
		api.registerPhoto(Instant.parse("2024-01-01T08:00:00Z"));
		UUID newest = api.registerPhoto(Instant.parse("2025-01-01T08:00:00Z"));

		assertThat(page(api, "/api/photos?cursor=&limit=1").items()).extracting(PhotoResponse::id)
			.containsExactly(newest);
	}

	@Test
	void anotherOwnerSeesAnEmptyTimeline() {
		PhotoApi.newUser(this.port).registerPhoto(null);

		Page page = page(PhotoApi.newUser(this.port), "/api/photos");

		assertThat(page.items()).isEmpty();
		assertThat(page.nextCursor()).isNull();
	}

	@Test
	void malformedCursorIsABadRequest() {
		PhotoApi.newUser(this.port).client().get().uri("/api/photos?cursor={cursor}", "!!!").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-cursor");
	}

	@Test
	void limitAboveMaximumIsABadRequest() {
		PhotoApi.newUser(this.port).client().get().uri("/api/photos?limit=201").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "validation-failed");
	}

	@Test
	void nonNumericLimitIsABadRequest() {
		PhotoApi.newUser(this.port).client().get().uri("/api/photos?limit=ten").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-parameter");
	}

	private static Page page(PhotoApi api, String uri) {
		return api.client().get().uri(uri).exchange().expectStatus().isOk().returnResult(Page.class).getResponseBody();
	}

	record Page(List<PhotoResponse> items, @Nullable String nextCursor) {

	}

}
