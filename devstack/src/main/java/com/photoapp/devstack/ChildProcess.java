package com.photoapp.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server started as a child process with its output in a log file. Stopping asks politely first
 * (SIGTERM, or the given signal) and kills the whole process tree if it does not end in time.
 */
public final class ChildProcess implements AutoCloseable {

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private final String name;

	private final Process process;

	private final Path log;

	private final String stopSignal;

	private ChildProcess(String name, Process process, Path log, String stopSignal) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.stopSignal = stopSignal;
	}

	public static ChildProcess start(String name, List<String> command, Path workingDir, Map<String, String> env,
			Path log) {
		return start(name, command, workingDir, env, log, "TERM");
	}

	public static ChildProcess start(String name, List<String> command, Path workingDir, Map<String, String> env,
			Path log, String stopSignal) {
		return start(name, command, workingDir, env, log, stopSignal, true);
	}

	/**
	 * Starts a process whose environment is {@code env} plus only what any process needs
	 * ({@code PATH}, {@code HOME}, {@code LANG}, {@code TMPDIR}), like a container's.
	 */
	static ChildProcess startWithOnly(String name, List<String> command, Path workingDir, Map<String, String> env,
			Path log) {
		return start(name, command, workingDir, env, log, "TERM", false);
	}

	private static ChildProcess start(String name, List<String> command, Path workingDir, Map<String, String> env,
			Path log, String stopSignal, boolean inheritEnvironment) {
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			if (!inheritEnvironment) {
				builder.environment().keySet().retainAll(List.of("PATH", "HOME", "LANG", "TMPDIR"));
			}
			builder.environment().putAll(env);
			return new ChildProcess(name, builder.start(), log, stopSignal);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name + " (" + command.getFirst() + ")", ex);
		}
	}

	public String name() {
		return this.name;
	}

	public Path log() {
		return this.log;
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Waits until {@code ready} holds, failing early with the log's tail if the process dies. */
	public void awaitReady(BooleanSupplier ready, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (!ready.getAsBoolean()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with code " + this.process.exitValue()
						+ "; last lines of " + this.log + ":\n" + tail(40));
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(
						this.name + " not ready after " + timeout + "; last lines of " + this.log + ":\n" + tail(40));
			}
			pause();
		}
	}

	/** Runs a command to completion, failing with its output when the exit code is not 0. */
	public static void run(String name, List<String> command, Path workingDir, Path log, Duration timeout) {
		ChildProcess child = start(name, command, workingDir, Map.of(), log);
		try {
			if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				child.close();
				throw new IllegalStateException(name + " did not finish within " + timeout);
			}
			if (child.process.exitValue() != 0) {
				throw new IllegalStateException(
						name + " failed with code " + child.process.exitValue() + ":\n" + child.tail(40));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(name + " interrupted", ex);
		}
	}

	public String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(log unreadable: " + ex.getClass().getSimpleName() + ")";
		}
	}

	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		signal(this.stopSignal);
		try {
			if (!this.process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private void signal(String signal) {
		if ("TERM".equals(signal)) {
			this.process.destroy();
			return;
		}
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid())).start()
				.waitFor(5, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			this.process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting", ex);
		}
	}

}
