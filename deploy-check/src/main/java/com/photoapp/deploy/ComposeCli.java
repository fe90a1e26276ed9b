package com.photoapp.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's {@code docker-compose config -q}, which parses and validates a compose file against
 * the Compose schema without a container engine. The variables the file requires ({@code ${NAME:?}})
 * get placeholder values from a throwaway env file, so no real {@code .env} is read.
 */
final class ComposeCli {

	private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?");

	private ComposeCli() {
	}

	/** Whether {@code docker-compose} is installed (bin/test installs it). */
	static boolean isAvailable() {
		try {
			return run(List.of("docker-compose", "version"), Path.of(".")).exitCode() == 0;
		}
		catch (UncheckedIOException ex) {
			return false;
		}
	}

	/**
	 * Validates a compose file.
	 * @param file the compose file
	 * @param scratch a directory for the placeholder env file
	 * @return the exit code and what docker-compose printed
	 */
	static Result validate(Path file, Path scratch) {
		try {
			Set<String> required = new TreeSet<>();
			Matcher matcher = REQUIRED.matcher(Files.readString(file));
			while (matcher.find()) {
				required.add(matcher.group(1));
			}
			Path envFile = scratch.resolve("placeholders.env");
			Files.write(envFile, required.stream().map((name) -> name + "=placeholder").toList());
			return run(List.of("docker-compose", "-f", file.toString(), "--env-file", envFile.toString(), "config",
					"-q"), file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Result run(List<String> command, Path directory) {
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " did not finish");
			}
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The outcome of one run.
	 * @param exitCode 0 when the file is valid
	 * @param output what docker-compose printed
	 */
	record Result(int exitCode, String output) {
	}

}
