package com.photoapp.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Microsoft's Azure Storage emulator (blob service only), installed from npm into
 * {@code devstack/node_modules} by the build and run as a plain node process.
 */
public final class Azurite implements AutoCloseable {

	/**
	 * The emulator's fixed development account. Microsoft publishes this key in the Azurite
	 * documentation; it opens nothing but a local emulator.
	 */
	private static final String ACCOUNT = "devstoreaccount1";

	private static final String ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu"
			+ "Fq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

	private static Azurite shared;

	private final Path dir;

	private final int port;

	private ChildProcess process;

	private Azurite(Path dir, int port, ChildProcess process) {
		this.dir = dir;
		this.port = port;
		this.process = process;
	}

	/** One throwaway emulator per JVM for tests, on a free port, stopped when the JVM exits. */
	public static synchronized Azurite shared() {
		if (shared == null) {
			Path dir = TempDirectories.create("photoapp-azurite-");
			shared = start(dir, FreePorts.next());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				shared.close();
				TempDirectories.deleteTree(dir);
			}, "azurite-stop"));
		}
		return shared;
	}

	/** Starts the blob emulator keeping its data under {@code dir}. */
	public static Azurite start(Path dir, int port) {
		return new Azurite(dir, port, launch(dir, port));
	}

	private static ChildProcess launch(Path dir, int port) {
		Path binary = RepositoryRoot.get().resolve("devstack/node_modules/.bin/azurite-blob");
		if (!Files.isExecutable(binary)) {
			throw new IllegalStateException(binary + " is missing; build the devstack module first (./mvnw package)");
		}
		// --skipApiVersionCheck: the current SDK speaks a newer API version than the emulator knows.
		List<String> command = List.of(binary.toString(), "--blobHost", "127.0.0.1", "--blobPort",
				Integer.toString(port), "--location", dir.toString(), "--skipApiVersionCheck", "--disableTelemetry",
				"--loose");
		ChildProcess process = ChildProcess.start("azurite", command, dir, Map.of(), dir.resolve("azurite.log"));
		process.awaitReady(() -> FreePorts.isListening(port), Duration.ofMinutes(1));
		return process;
	}

	public String connectionString() {
		return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + ACCOUNT_KEY
				+ ";BlobEndpoint=http://127.0.0.1:" + this.port + "/" + ACCOUNT + ";";
	}

	/** Stops the emulator, keeping its data, as an outage of Azure Storage would. */
	public synchronized void stop() {
		this.process.close();
	}

	/** Starts the emulator again on the same port with the same data, after {@link #stop()}. */
	public synchronized void restart() {
		this.process.close();
		this.process = launch(this.dir, this.port);
	}

	@Override
	public synchronized void close() {
		this.process.close();
	}

}
