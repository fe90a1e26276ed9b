package com.photoapp.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A timeline page of 100 for an owner with many photos: p99 at photo-service and through the gateway,
 * against the bare keyset query through pgbench on the same rows. The pages start at 20 places spread
 * over the whole timeline, the same 20 for all three.
 */
final class TimelineFigure {

	private static final int PAGE = 100;

	private static final int PLACES = 20;

	private static final int ROUNDS = 3;

	private static final int REQUESTS_PER_ROUND = 300;

	// PhotoRepository's columns and keyset condition; the service asks for one row more to know if a page follows.
	private static final String COLUMNS = "id, owner_id, file_name, content_type, size_bytes, sha256, width, height, "
			+ "taken_at, taken_at_offset, uploaded_at, camera_make, camera_model, latitude, longitude, derivatives, "
			+ "favourite, trashed_at";

	private TimelineFigure() {
	}

	/** The two rows' names: p99 at the service and through the gateway. */
	static List<String> figures(int photos) {
		String size = String.format(Locale.ROOT, "%,d", photos).replace(',', ' ');
		return List.of("Timeline page of 100 at " + size + " photos, p99 at photo-service",
				"Timeline page of 100 at " + size + " photos, p99 through the gateway");
	}

	static List<Row> measure(Api gateway, URI photoService, String jdbcUrl, int photos) {
		UUID owner = gateway.ownerId();
		long seeding = System.nanoTime();
		seed(jdbcUrl, owner, photos);
		System.out.printf("  seeded %d photos in %d s%n", photos, (System.nanoTime() - seeding) / 1_000_000_000L);
		List<String> cursors = new ArrayList<>();
		List<String> queries = new ArrayList<>();
		places(jdbcUrl, owner, photos, cursors, queries);
		Api service = gateway.at(photoService);
		boolean pgbench = Pgbench.installed();
		requests(service, cursors, REQUESTS_PER_ROUND);
		requests(gateway, cursors, REQUESTS_PER_ROUND);
		bareQueries(jdbcUrl, queries, REQUESTS_PER_ROUND, pgbench);
		Latencies atService = new Latencies();
		Latencies viaGateway = new Latencies();
		Latencies bare = new Latencies();
		for (int round = 0; round < ROUNDS; round++) {
			atService.add(requests(service, cursors, REQUESTS_PER_ROUND));
			viaGateway.add(requests(gateway, cursors, REQUESTS_PER_ROUND));
			bare.add(bareQueries(jdbcUrl, queries, REQUESTS_PER_ROUND, pgbench));
		}
		String referenceText = bare.text() + (pgbench ? ", pgbench" : ", JDBC (pgbench missing)");
		List<String> figures = figures(photos);
		double reference = bare.p99().median();
		double service99 = atService.p99().median();
		double gateway99 = viaGateway.p99().median();
		return List.of(
				new Row(figures.get(0), atService.text(), referenceText,
						SmallRequestFigure.ratio(service99 / reference), "< 10 ms", Row.verdict(service99 < 10)),
				new Row(figures.get(1), viaGateway.text(), referenceText,
						SmallRequestFigure.ratio(gateway99 / reference), "< 15 ms", Row.verdict(gateway99 < 15)));
	}

	/** The p99 of each round and every sample, for the p50 that shows what the tail adds. */
	private static final class Latencies {

		private final List<Double> roundP99 = new ArrayList<>();

		private final List<Double> all = new ArrayList<>();

		void add(List<Double> round) {
			this.roundP99.add(Samples.of(round).percentile(99));
			this.all.addAll(round);
		}

		Samples p99() {
			return Samples.of(this.roundP99);
		}

		String text() {
			return "p99 " + p99().summary("%.1f", " ms")
					+ String.format(Locale.ROOT, ", p50 %.1f ms", Samples.of(this.all).median());
		}

	}

	/** Rows as photo-service's CatalogueAtScaleIntegrationTests makes them, 47 minutes apart, two by two. */
	private static void seed(String jdbcUrl, UUID owner, int photos) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				PreparedStatement insert = connection.prepareStatement("""
						insert into photos.photo (id, owner_id, file_name, content_type, size_bytes, sha256, width,
							height, taken_at, uploaded_at, sort_at, favourite, trashed_at)
						select gen_random_uuid(), ?, 'IMG_' || n || '.jpg', 'image/jpeg', 1000,
							encode(sha256(convert_to(cast(? as text) || n, 'UTF8')), 'hex'), 4000, 3000,
							taken_at, now(), taken_at, n % 10 = 0, null
						from generate_series(1, ?) as n,
							lateral (select timestamptz '2016-01-01 00:00:00Z' + (n / 2) * interval '47 minutes'
								as taken_at) t""");
				Statement vacuum = connection.createStatement()) {
			insert.setObject(1, owner);
			insert.setString(2, owner.toString());
			insert.setInt(3, photos);
			insert.executeUpdate();
			// What autovacuum would do after a bulk insert: statistics and a visibility map for the planner.
			vacuum.execute("vacuum analyze photos.photo");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot seed the timeline", ex);
		}
	}

	// The cursor is opaque to clients; the harness builds it as TimelineCursor does, to start at chosen places.
	private static void places(String jdbcUrl, UUID owner, int photos, List<String> cursors, List<String> queries) {
		String base = "select " + COLUMNS + " from photos.photo where owner_id = '" + owner + "' and trashed_at is null";
		String order = " order by sort_at desc, id desc limit " + (PAGE + 1);
		cursors.add("");
		queries.add(base + order);
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				PreparedStatement key = connection.prepareStatement("select sort_at, id from photos.photo "
						+ "where owner_id = ? and trashed_at is null order by sort_at desc, id desc offset ? limit 1")) {
			for (int place = 1; place < PLACES; place++) {
				key.setObject(1, owner);
				key.setInt(2, (int) ((long) photos * place / PLACES));
				try (ResultSet row = key.executeQuery()) {
					row.next();
					OffsetDateTime sortAt = row.getObject(1, OffsetDateTime.class);
					UUID id = row.getObject(2, UUID.class);
					String plain = sortAt.toInstant() + "~" + id;
					cursors.add(Base64.getUrlEncoder().withoutPadding().encodeToString(
							plain.getBytes(StandardCharsets.UTF_8)));
					queries.add(base + " and (sort_at, id) < ('" + sortAt + "', '" + id + "')" + order);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the timeline's keys", ex);
		}
	}

	private static List<Double> requests(Api api, List<String> cursors, int count) {
		Random random = new Random(count);
		List<Double> latencies = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String cursor = cursors.get(random.nextInt(cursors.size()));
			long started = System.nanoTime();
			Api.expect(api.get("/api/photos?limit=" + PAGE + "&cursor=" + cursor), 200);
			latencies.add((System.nanoTime() - started) / 1e6);
		}
		return latencies;
	}

	private static List<Double> bareQueries(String jdbcUrl, List<String> queries, int count, boolean pgbench) {
		if (pgbench) {
			return Pgbench.latencies(jdbcUrl, queries, count);
		}
		Random random = new Random(count);
		List<Double> latencies = new ArrayList<>(count);
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			for (int i = 0; i < count; i++) {
				long started = System.nanoTime();
				try (ResultSet rows = statement.executeQuery(queries.get(random.nextInt(queries.size())))) {
					while (rows.next()) {
						rows.getObject(1);
					}
				}
				latencies.add((System.nanoTime() - started) / 1e6);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return latencies;
	}

}
