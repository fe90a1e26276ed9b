package com.photoapp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code wrk} with a bearer token set by a Lua script, so the token never shows in a process list. */
final class Wrk implements AutoCloseable {

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern MEDIAN = Pattern.compile("^\\s+50%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

	private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses: \\d+");

	private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");

	private final Path script;

	Wrk(String token) {
		try {
			this.script = Files.createTempFile("bench-wrk-", ".lua",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(this.script, "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean installed() {
		return Machine.command("wrk", "--version").contains("wrk");
	}

	/**
	 * @param rate requests per second over the whole run
	 * @param medianMillis the median latency in milliseconds
	 * @param socketErrors wrk's line on socket errors such as time-outs, empty if there were none
	 */
	record Run(double rate, double medianMillis, String socketErrors) {
	}

	/** A run whose figures are dropped: answers may time out while the JIT and the pools warm up. */
	void warmUp(URI target, int connections, Duration duration) {
		wrk(target, connections, duration);
	}

	/** A measured run; any answer but 2xx or 3xx makes the figure worthless, so it fails. */
	Run run(URI target, int connections, Duration duration) {
		String output = wrk(target, connections, duration);
		Matcher failed = NOT_OK.matcher(output);
		if (failed.find()) {
			throw new IllegalStateException("wrk saw failed requests to " + target.getPath() + ": " + failed.group());
		}
		Matcher rate = RATE.matcher(output);
		Matcher median = MEDIAN.matcher(output);
		if (!rate.find() || !median.find()) {
			throw new IllegalStateException("Unexpected wrk output: " + output);
		}
		Matcher socket = SOCKET_ERRORS.matcher(output);
		return new Run(Double.parseDouble(rate.group(1)), millis(Double.parseDouble(median.group(1)), median.group(2)),
				socket.find() ? socket.group(1) : "");
	}

	private String wrk(URI target, int connections, Duration duration) {
		int threads = Math.min(connections, 2);
		return Machine.command("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s", "--latency",
				"-s", this.script.toString(), target.toString());
	}

	private static double millis(double value, String unit) {
		return switch (unit) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(this.script);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
