package com.photoapp.photo.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import com.photoapp.photo.catalogue.MonthCount;
import com.photoapp.photo.catalogue.PhotoResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

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
	void favouritesFilterShowsOnlyFavouritesNewestFirst() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID older = favourite(api, api.registerPhoto(Instant.parse("2024-01-01T08:00:00Z")));
		api.registerPhoto(Instant.parse("2025-01-01T08:00:00Z"));
		UUID newer = favourite(api, api.registerPhoto(Instant.parse("2026-01-01T08:00:00Z")));
		UUID trashed = favourite(api, api.registerPhoto(Instant.parse("2026-02-01T08:00:00Z")));
		api.client().delete().uri("/api/photos/{id}", trashed).exchange().expectStatus().isNoContent();

		Page first = page(api, "/api/photos?favourite=true&limit=1");
		Page second = page(api, "/api/photos?favourite=true&limit=1&cursor=" + first.nextCursor());

		assertThat(first.items()).extracting(PhotoResponse::id).containsExactly(newer);
		assertThat(second.items()).extracting(PhotoResponse::id).containsExactly(older);
		assertThat(second.nextCursor()).isNull();
		assertThat(page(api, "/api/photos?favourite=false").items()).hasSize(3);
	}

	@Test
	void nonBooleanFavouriteFilterIsABadRequest() {
		PhotoApi.newUser(this.port).client().get().uri("/api/photos?favourite=maybe").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-parameter");
	}

	@Test
	void monthFilterPagesThroughOneUtcMonth() {
		PhotoApi api = PhotoApi.newUser(this.port);
		api.registerPhoto(Instant.parse("2026-10-31T23:59:59Z"));
		UUID first = api.registerPhoto(Instant.parse("2026-11-01T00:00:00Z"));
		UUID middle = api.registerPhoto(Instant.parse("2026-11-15T12:00:00Z"));
		UUID last = api.registerPhoto(Instant.parse("2026-11-30T23:59:59.999999Z"));
		api.registerPhoto(Instant.parse("2026-12-01T00:00:00Z"));
		UUID trashed = api.registerPhoto(Instant.parse("2026-11-20T12:00:00Z"));
		api.client().delete().uri("/api/photos/{id}", trashed).exchange().expectStatus().isNoContent();

		Page firstPage = page(api, "/api/photos?month=2026-11&limit=2");
		Page secondPage = page(api, "/api/photos?month=2026-11&limit=2&cursor=" + firstPage.nextCursor());

		assertThat(firstPage.items()).extracting(PhotoResponse::id).containsExactly(last, middle);
		assertThat(secondPage.items()).extracting(PhotoResponse::id).containsExactly(first);
		assertThat(secondPage.nextCursor()).isNull();
		assertThat(page(api, "/api/photos?month=2026-09").items()).isEmpty();
		assertThat(page(api, "/api/photos?month=").items()).hasSize(5);
	}

	@Test
	void monthFilterCombinesWithFavourites() {
		PhotoApi api = PhotoApi.newUser(this.port);
		api.registerPhoto(Instant.parse("2026-11-02T08:00:00Z"));
		UUID favourite = favourite(api, api.registerPhoto(Instant.parse("2026-11-03T08:00:00Z")));
		favourite(api, api.registerPhoto(Instant.parse("2026-10-03T08:00:00Z")));

		assertThat(page(api, "/api/photos?month=2026-11&favourite=true").items()).extracting(PhotoResponse::id)
			.containsExactly(favourite);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13", "2026-1", "11-2026", "2026-11-01", "+12026-11", "november", "2026-00" })
	void malformedMonthIsABadRequest(String month) {
		PhotoApi.newUser(this.port).client().get().uri("/api/photos?month={month}", month).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-request");
	}

	@Test
	void countsPhotosPerUtcMonthNewestFirstWithoutTheTrash() {
		PhotoApi api = PhotoApi.newUser(this.port);
		api.registerPhoto(Instant.parse("2026-10-31T23:59:59Z"));
		api.registerPhoto(Instant.parse("2026-11-01T00:00:00Z"));
		api.registerPhoto(Instant.parse("2026-11-30T23:59:59.999999Z"));
		api.registerPhoto(Instant.parse("2024-02-29T12:00:00Z"));
		UUID trashed = api.registerPhoto(Instant.parse("2025-06-01T12:00:00Z"));
		api.client().delete().uri("/api/photos/{id}", trashed).exchange().expectStatus().isNoContent();

		List<MonthCount> months = api.client().get().uri("/api/photos/timeline").exchange()
			.expectStatus().isOk()
			.returnResult(Months.class)
			.getResponseBody()
			.months();

		assertThat(months).containsExactly(new MonthCount("2026-11", 2), new MonthCount("2026-10", 1),
				new MonthCount("2024-02", 1));
	}

	@Test
	void ownerWithoutPhotosHasNoMonths() {
		PhotoApi.newUser(this.port).client().get().uri("/api/photos/timeline").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(MediaType.APPLICATION_JSON)
			.expectBody().json("{\"months\": []}");
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

	private static UUID favourite(PhotoApi api, UUID photoId) {
		api.client().patch().uri("/api/photos/{id}", photoId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("favourite", true))
			.exchange()
			.expectStatus().isOk();
		return photoId;
	}

	record Page(List<PhotoResponse> items, @Nullable String nextCursor) {

	}

	record Months(List<MonthCount> months) {

	}

}
