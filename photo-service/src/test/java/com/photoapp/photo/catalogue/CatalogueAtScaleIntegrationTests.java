package com.photoapp.photo.catalogue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One owner with {@value #PHOTOS} photos, seeded in SQL: the timeline pages through all of them in
 * order, the month counts add up, and the queries behind both read the partial timeline index. The
 * seeded owner is removed afterwards so that no other test sees the rows.
 */
@PhotoServiceTest
@TestInstance(Lifecycle.PER_CLASS)
class CatalogueAtScaleIntegrationTests {

	private static final int PHOTOS = 100_000;

	private static final int TRASHED = 100;

	private static final int PAGE_SIZE = 200;

	private static final Instant FIRST = Instant.parse("2016-01-01T00:00:00Z");

	// Two photos share each instant, so that the id has to break ties.
	private static final Duration STEP = Duration.ofMinutes(47);

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper jsonMapper;

	private PhotoApi api;

	@BeforeAll
	void seed() {
		this.api = PhotoApi.newUser(this.port);
		insertPhotos(0, PHOTOS, false);
		insertPhotos(PHOTOS, TRASHED, true);
		// What autovacuum does after a bulk insert; it gives the planner statistics and an all-visible map.
		this.jdbc.sql("vacuum analyze photo").update();
	}

	@AfterAll
	void removeSeededOwner() {
		this.jdbc.sql("delete from photo where owner_id = :ownerId").param("ownerId", this.api.ownerId()).update();
	}

	@Test
	void pagesThroughEveryPhotoInOrderWithoutDuplicatesOrGaps() {
		List<PhotoResponse> seen = new ArrayList<>();
		String cursor = "";
		do {
			Page page = this.api.client().get().uri("/api/photos?limit={limit}&cursor={cursor}", PAGE_SIZE, cursor)
				.exchange()
				.expectStatus().isOk()
				.returnResult(Page.class)
				.getResponseBody();
			seen.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);

		List<UUID> ids = seen.stream().map(PhotoResponse::id).toList();
		assertThat(ids).hasSize(PHOTOS).doesNotHaveDuplicates();
		assertThat(ids).containsExactlyElementsOf(expectedTimeline());
		assertThat(seen).isSortedAccordingTo(Comparator.comparing(PhotoResponse::takenAt)
			.thenComparing(PhotoResponse::id, CatalogueAtScaleIntegrationTests::compareLikePostgres)
			.reversed());
	}

	@Test
	void monthCountsAddUpToEveryPhotoOutsideTheTrash() {
		List<MonthCount> months = this.api.client().get().uri("/api/photos/timeline")
			.exchange()
			.expectStatus().isOk()
			.returnResult(Months.class)
			.getResponseBody()
			.months();

		assertThat(months.stream().mapToLong(MonthCount::count).sum()).isEqualTo(PHOTOS);
		assertThat(months).containsExactlyElementsOf(expectedMonths());
	}

	@Test
	void timelinePagesReadTheIndexInOrder() {
		for (boolean afterCursor : new boolean[] { false, true }) {
			JsonNode plan = explain(PhotoRepository.timelineSql(false, afterCursor), afterCursor);

			assertThat(nodes(plan)).as(plan.toString())
				.noneMatch((node) -> "Seq Scan".equals(node.path("Node Type").asString()))
				.noneMatch((node) -> "Sort".equals(node.path("Node Type").asString()))
				.anyMatch((node) -> "photo_owner_timeline_idx".equals(node.path("Index Name").asString()));
		}
	}

	@Test
	void monthPagesReadTheIndexRangeInOrder() {
		String sql = PhotoRepository.timelineSql(false, false, true);
		YearMonth month = YearMonth.from(FIRST.plus(STEP.multipliedBy(PHOTOS / 4)).atOffset(ZoneOffset.UTC));
		JsonNode plan = this.jsonMapper.readTree(this.jdbc.sql("explain (format json) " + sql)
			.param("ownerId", this.api.ownerId())
			.param("limit", PAGE_SIZE + 1)
			.param("from", month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC))
			.param("until", month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC))
			.query(String.class)
			.single()).get(0).get("Plan");

		assertThat(nodes(plan)).as(plan.toString())
			.noneMatch((node) -> "Seq Scan".equals(node.path("Node Type").asString()))
			.noneMatch((node) -> "Sort".equals(node.path("Node Type").asString()))
			.anyMatch((node) -> "photo_owner_timeline_idx".equals(node.path("Index Name").asString()));
	}

	@Test
	void everyMonthHoldsAsManyPhotosAsItsCount() {
		for (MonthCount count : expectedMonths()) {
			int seen = 0;
			String cursor = "";
			do {
				Page page = this.api.client().get()
					.uri("/api/photos?month={month}&limit={limit}&cursor={cursor}", count.month(), PAGE_SIZE, cursor)
					.exchange()
					.expectStatus().isOk()
					.returnResult(Page.class)
					.getResponseBody();
				seen += page.items().size();
				cursor = page.nextCursor();
			}
			while (cursor != null);
			assertThat(seen).as(count.month()).isEqualTo(count.count());
		}
	}

	@Test
	void favouritePagesReadTheFavouritesIndexInOrder() {
		JsonNode plan = explain(PhotoRepository.timelineSql(true, true), true);

		assertThat(nodes(plan)).as(plan.toString())
			.noneMatch((node) -> "Seq Scan".equals(node.path("Node Type").asString()))
			.noneMatch((node) -> "Sort".equals(node.path("Node Type").asString()))
			.anyMatch((node) -> "photo_owner_favourites_idx".equals(node.path("Index Name").asString()));
	}

	@Test
	void monthCountsReadTheTimelineIndex() {
		JsonNode plan = explain(PhotoRepository.MONTH_COUNTS_SQL, false);

		assertThat(nodes(plan)).as(plan.toString())
			.noneMatch((node) -> "Seq Scan".equals(node.path("Node Type").asString()))
			.anyMatch((node) -> "photo_owner_timeline_idx".equals(node.path("Index Name").asString()));
	}

	private void insertPhotos(int first, int count, boolean trashed) {
		this.jdbc.sql("""
				insert into photo (id, owner_id, file_name, content_type, size_bytes, sha256, width, height,
					taken_at, uploaded_at, sort_at, favourite, trashed_at)
				select gen_random_uuid(), :ownerId, 'IMG_' || n || '.jpg', 'image/jpeg', 1000,
					encode(sha256(convert_to(cast(:ownerId as text) || n, 'UTF8')), 'hex'), 4000, 3000,
					taken_at, now(), taken_at, n % 10 = 0, case when :trashed then now() end
				from generate_series(:first, :last) as n,
					lateral (select cast(:start as timestamptz) + (n / 2) * cast(:step as interval) as taken_at) t""")
			.param("ownerId", this.api.ownerId())
			.param("trashed", trashed)
			.param("first", first)
			.param("last", first + count - 1)
			.param("start", FIRST.atOffset(ZoneOffset.UTC))
			.param("step", STEP.toMinutes() + " minutes")
			.update();
	}

	private List<UUID> expectedTimeline() {
		return this.jdbc.sql("""
				select id from photo where owner_id = :ownerId and trashed_at is null order by sort_at desc, id desc""")
			.param("ownerId", this.api.ownerId())
			.query(UUID.class)
			.list();
	}

	private static List<MonthCount> expectedMonths() {
		Map<YearMonth, Long> counts = new TreeMap<>(Comparator.reverseOrder());
		for (int n = 0; n < PHOTOS; n++) {
			YearMonth month = YearMonth.from(FIRST.plus(STEP.multipliedBy(n / 2)).atOffset(ZoneOffset.UTC));
			counts.merge(month, 1L, Long::sum);
		}
		return counts.entrySet().stream().map((entry) -> new MonthCount(entry.getKey().toString(), entry.getValue()))
			.toList();
	}

	private JsonNode explain(String sql, boolean afterCursor) {
		JdbcClient.StatementSpec statement = this.jdbc.sql("explain (format json) " + sql)
			.param("ownerId", this.api.ownerId())
			.param("limit", PAGE_SIZE + 1);
		if (afterCursor) {
			Instant middle = FIRST.plus(STEP.multipliedBy(PHOTOS / 4));
			statement = statement.param("sortAt", middle.atOffset(ZoneOffset.UTC)).param("id", UUID.randomUUID());
		}
		return this.jsonMapper.readTree(statement.query(String.class).single()).get(0).get("Plan");
	}

	private static List<JsonNode> nodes(JsonNode plan) {
		List<JsonNode> nodes = new ArrayList<>();
		nodes.add(plan);
		plan.path("Plans").forEach((child) -> nodes.addAll(nodes(child)));
		return nodes;
	}

	// PostgreSQL orders uuids by their bytes, unsigned; UUID.compareTo compares signed longs.
	private static int compareLikePostgres(UUID left, UUID right) {
		int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
		return (high != 0) ? high
				: Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
	}

	record Page(List<PhotoResponse> items, @Nullable String nextCursor) {

	}

	record Months(List<MonthCount> months) {

	}

}
