package com.photoapp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs SQL scripts through {@code pgbench} on one connection and reads each transaction's latency from
 * its log, so percentiles come from every sample rather than from pgbench's average.
 */
final class Pgbench {

	private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)");

	private Pgbench() {
	}

	/** {@code pgbench} on the path, else the newest one Debian's PostgreSQL packages installed. */
	static String binary() {
		if (!Machine.command("pgbench", "--version").isBlank()) {
			return "pgbench";
		}
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map((version) -> version.resolve("bin/pgbench"))
				.filter(Files::isExecutable)
				.map(Path::toString)
				.max(String::compareTo)
				.orElse("pgbench");
		}
		catch (IOException ex) {
			return "pgbench";
		}
	}

	static boolean installed() {
		return Machine.command(binary(), "--version").contains("pgbench");
	}

	/** Runs {@code transactions} picks among the scripts, each equally likely; returns latencies in ms. */
	static List<Double> latencies(String jdbcUrl, List<String> scripts, int transactions) {
		Matcher url = URL.matcher(jdbcUrl);
		if (!url.find()) {
			throw new IllegalArgumentException("Not a PostgreSQL URL: " + jdbcUrl);
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("bench-pgbench-");
			List<String> command = new ArrayList<>(List.of(binary(), "-n", "-h", url.group(1), "-p", url.group(2), "-U",
					"postgres", "-c", "1", "-t", Integer.toString(transactions), "-l", "--log-prefix",
					dir.resolve("latency").toString()));
			for (int i = 0; i < scripts.size(); i++) {
				Path script = dir.resolve("page-" + i + ".sql");
				Files.writeString(script, scripts.get(i) + ";\n");
				command.addAll(List.of("-f", script.toString()));
			}
			command.add(url.group(3));
			String output = Machine.command(command.toArray(String[]::new));
			return readLog(dir, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteTree(dir);
		}
	}

	// Each log line: client id, transaction number, latency in microseconds, script number, time.
	private static List<Double> readLog(Path dir, String output) throws IOException {
		List<Double> latencies = new ArrayList<>();
		try (Stream<Path> logs = Files.list(dir)) {
			for (Path log : logs.filter((file) -> file.getFileName().toString().startsWith("latency")).toList()) {
				for (String line : Files.readAllLines(log)) {
					latencies.add(Long.parseLong(line.split(" ")[2]) / 1000.0);
				}
			}
		}
		if (latencies.isEmpty()) {
			throw new IllegalStateException("pgbench logged nothing: " + output);
		}
		return latencies;
	}

	private static void deleteTree(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
