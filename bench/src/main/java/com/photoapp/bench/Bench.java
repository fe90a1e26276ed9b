package com.photoapp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import com.photoapp.devstack.RepositoryRoot;
import com.photoapp.devstack.Stack;

/**
 * Starts one private stack, measures each figure of issue 10 against its reference and writes the
 * table to {@code bench/results/latest.md}. Run it with {@code bench/run}, which also measures the
 * thumbnails in a JVM of their own and hands their figures over in a properties file.
 */
public final class Bench {

	// The services as they run in production: the stack for tests stops the JIT at C1 to start quickly.
	private static final List<String> PRODUCTION_JIT = List.of("-XX:TieredStopAtLevel=4");

	// One user at 50 connections would otherwise be measured against the per-user budget (100/s); the
	// limiter still runs on every request, only its budget is larger.
	private static final List<String> GATEWAY = List.of("-XX:TieredStopAtLevel=4",
			"-Dphotoapp.edge.rate-limit.per-second=1000000", "-Dphotoapp.edge.rate-limit.burst=1000000");

	// A million rows take about a minute to seed and measure here; the margin is for a slower machine.
	private static final Duration MILLION_STARTS_BEFORE = Duration.ofMinutes(10);

	private Bench() {
	}

	public static void main(String[] args) {
		Path root = RepositoryRoot.get();
		Path thumbnails = Path.of(args.length > 0 ? args[0] : "bench/target/thumbnails.properties");
		// bench/run passes when it began, so that the build counts against the budget too.
		Instant started = Instant.ofEpochSecond(Long.getLong("bench.started", Instant.now().getEpochSecond()));
		List<String> machine = Machine.describe();
		machine.forEach(System.out::println);
		Map<String, List<String>> options = Map.of("gateway", GATEWAY, "user-service", PRODUCTION_JIT,
				"photo-service", PRODUCTION_JIT, "storage-service", PRODUCTION_JIT);
		System.out.println("Starting a private stack...");
		Instant stackStarted = Instant.now();
		List<Row> rows;
		try (Stack stack = Stack.startForTests(root.resolve("bench/target/stack-logs"), options)) {
			System.out.printf("Stack ready after %d s%n", Duration.between(stackStarted, Instant.now()).toSeconds());
			rows = measure(stack, thumbnails, started);
		}
		rows.add(HeapFigure.fromDocs(root.resolve("docs/images.md")));
		Duration took = Duration.between(started, Instant.now());
		String table = ResultTable.markdown(rows, machine, started, took);
		Machine.write(root.resolve("bench/results/latest.md"), table);
		System.out.println();
		System.out.println(table);
	}

	private static List<Row> measure(Stack stack, Path thumbnails, Instant started) {
		List<Row> rows = new ArrayList<>();
		Api alice = Api.signIn(stack, "alice");
		rows.addAll(figure(List.of(SmallRequestFigure.THROUGHPUT, SmallRequestFigure.LATENCY),
				() -> SmallRequestFigure.measure(alice, stack.serviceUri("user-service"))));
		rows.addAll(figure(List.of(DownloadFigure.FIGURE),
				() -> List.of(DownloadFigure.measure(alice, alice.at(stack.serviceUri("storage-service"))))));
		rows.addAll(figure(List.of(UploadFigure.FIGURE),
				() -> List.of(UploadFigure.measure(alice, stack.blobConnectionString()))));
		rows.add(thumbnailRow(thumbnails));
		rows.addAll(figure(List.of(ImportFigure.FIGURE), () -> List.of(ImportFigure.measure(Api.signIn(stack,
				"alice")))));
		rows.addAll(figure(TimelineFigure.figures(100_000), () -> TimelineFigure.measure(Api.signIn(stack, "bob"),
				stack.serviceUri("photo-service"), stack.jdbcUrl(), 100_000)));
		rows.addAll(figure(List.of(PurgeFigure.FIGURE), () -> List.of(PurgeFigure.measure(Api.signIn(stack,
				"alice"), stack.blobConnectionString()))));
		Duration used = Duration.between(started, Instant.now());
		if (used.compareTo(MILLION_STARTS_BEFORE) < 0) {
			rows.addAll(figure(TimelineFigure.figures(1_000_000), () -> TimelineFigure.measure(Api.signIn(stack,
					"olivia"), stack.serviceUri("photo-service"), stack.jdbcUrl(), 1_000_000)));
		}
		else {
			TimelineFigure.figures(1_000_000).forEach((figure) -> rows.add(Row.notRun(figure, "-",
					"not run: %d min of the 15 were used before it".formatted(used.toMinutes()))));
		}
		return rows;
	}

	private static List<Row> figure(List<String> figures, Supplier<List<Row>> measure) {
		System.out.printf("Measuring: %s (load average %s)%n", figures.get(0), Machine.loadAverage());
		try {
			List<Row> measured = measure.get();
			measured.forEach((row) -> System.out.println("  " + row.markdown()));
			return measured;
		}
		catch (RuntimeException ex) {
			System.out.println("  failed: " + ex);
			ex.printStackTrace(System.out);
			return figures.stream().map((figure) -> Row.notRun(figure, "-", "**failed**: " + ex.getMessage())).toList();
		}
	}

	private static Row thumbnailRow(Path file) {
		String figure = "Thumbnail + preview of a 12 MP JPEG, one thread, ms per image";
		if (!Files.isRegularFile(file)) {
			return Row.notRun(figure, "≤ 1.5x", "not run: " + file + " is missing");
		}
		Properties figures = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			figures.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Row(figure, figures.getProperty("measured"), figures.getProperty("reference"),
				figures.getProperty("ratio"), "≤ 1.5x", figures.getProperty("verdict"));
	}

}
