package com.photoapp.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Kafka KRaft broker in its own JVM, started from the jars the
 * {@code kafka-broker} module copies to {@code kafka-broker/target/lib}.
 */
public final class KafkaBroker implements AutoCloseable {

	private static KafkaBroker shared;

	private final Path dir;

	private final int port;

	private final int controllerPort;

	private ChildProcess process;

	private KafkaBroker(Path dir, int port, int controllerPort, ChildProcess process) {
		this.dir = dir;
		this.port = port;
		this.controllerPort = controllerPort;
		this.process = process;
	}

	/** One throwaway broker per JVM for tests, on a free port, stopped when the JVM exits. */
	public static synchronized KafkaBroker shared() {
		if (shared == null) {
			Path dir = TempDirectories.create("photoapp-kafka-");
			shared = start(dir, FreePorts.next(), FreePorts.next());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				shared.close();
				TempDirectories.deleteTree(dir);
			}, "kafka-stop"));
		}
		return shared;
	}

	/**
	 * A broker of the caller's own, for tests that stop and restart it: an outage must not reach the
	 * tests that share {@link #shared()}. Stopped and removed when the JVM exits.
	 */
	public static KafkaBroker dedicated() {
		Path dir = TempDirectories.create("photoapp-kafka-own-");
		KafkaBroker broker = start(dir, FreePorts.next(), FreePorts.next());
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			broker.close();
			TempDirectories.deleteTree(dir);
		}, "kafka-own-stop"));
		return broker;
	}

	/** Starts a broker whose log directory lives under {@code dir}, formatting it on first use. */
	public static KafkaBroker start(Path dir, int port, int controllerPort) {
		return new KafkaBroker(dir, port, controllerPort, launch(dir, port, controllerPort));
	}

	private static ChildProcess launch(Path dir, int port, int controllerPort) {
		try {
			Files.createDirectories(dir);
			Path config = dir.resolve("server.properties");
			Files.writeString(config, serverProperties(dir.resolve("data"), port, controllerPort));
			if (!Files.exists(dir.resolve("data/meta.properties"))) {
				ChildProcess.run("kafka-storage-format",
						java("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()), dir,
						dir.resolve("format.log"), Duration.ofMinutes(2));
			}
			ChildProcess process = ChildProcess.start("kafka", java("kafka.Kafka", config.toString()), dir, Map.of(),
					dir.resolve("kafka.log"));
			process.awaitReady(() -> FreePorts.isListening(port), Duration.ofMinutes(2));
			return process;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Kafka in " + dir, ex);
		}
	}

	public String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	/** Stops the broker process, keeping its data, as an outage would. */
	public synchronized void stop() {
		this.process.close();
	}

	/**
	 * Starts the broker again on the same port with the same data, after {@link #stop()}: clients
	 * reconnect to the address they know and find every record that was acknowledged before.
	 */
	public synchronized void restart() {
		this.process.close();
		this.process = launch(this.dir, this.port, this.controllerPort);
	}

	@Override
	public synchronized void close() {
		this.process.close();
	}

	private static List<String> java(String mainClass, String... args) {
		Path module = RepositoryRoot.get().resolve("kafka-broker/target");
		Path lib = module.resolve("lib");
		if (!Files.isDirectory(lib)) {
			throw new IllegalStateException(lib + " is missing; build the kafka-broker module first (./mvnw package)");
		}
		String classpath = String.join(File.pathSeparator, module.resolve("classes").toString(), lib + "/*");
		List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-Xms128m", "-Xmx512m",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath, mainClass));
		command.addAll(List.of(args));
		return command;
	}

	static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * A KRaft cluster id: 16 random bytes, URL-safe base64 without padding. One in 64 such ids starts
	 * with '-', which the format tool's argument parser takes for an option, so those are drawn again.
	 */
	private static String clusterId() {
		SecureRandom random = new SecureRandom();
		byte[] bytes = new byte[16];
		String id;
		do {
			random.nextBytes(bytes);
			id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		while (id.startsWith("-"));
		return id;
	}

	private static String serverProperties(Path dataDir, int port, int controllerPort) {
		return """
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@127.0.0.1:%2$d
				listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
				advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
				controller.listener.names=CONTROLLER
				inter.broker.listener.name=PLAINTEXT
				listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
				log.dirs=%3$s
				num.partitions=3
				offsets.topic.replication.factor=1
				offsets.topic.num.partitions=3
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				share.coordinator.state.topic.replication.factor=1
				share.coordinator.state.topic.min.isr=1
				group.initial.rebalance.delay.ms=0
				auto.create.topics.enable=true
				""".formatted(port, controllerPort, dataDir);
	}

}
