package com.photoapp.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The whole app on one machine: PostgreSQL, a Kafka broker, Azurite, the issuer, the three services
 * and the gateway, each a real process. The local run uses fixed ports and keeps its data under
 * {@code var/}; tests use free ports and a temporary directory.
 */
public final class Stack implements AutoCloseable {

	/** The API identifier access tokens are issued for. */
	public static final String AUDIENCE = "https://api.photoapp.local";

	/** The SPA's public OIDC client. */
	public static final String SPA_CLIENT_ID = "photoapp-spa";

	/** The gateway's time limit for storage-service in a stack for tests; the shipped one is 120 s. */
	public static final Duration STORAGE_TIME_LIMIT_IN_TESTS = Duration.ofSeconds(20);

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static final String RECONCILIATION_CLIENT_ID = "storage-service";

	private final Ports ports;

	private final Path workDir;

	private final Path logDir;

	private final boolean ephemeral;

	private final Map<String, List<String>> jvmOptions;

	// Made afresh for each start and handed to the issuer and storage-service only, never written down.
	private final String serviceClientSecret = randomSecret();

	private final List<AutoCloseable> started = new ArrayList<>();

	private final Map<String, ChildProcess> services = new LinkedHashMap<>();

	private final Map<String, Map<String, Object>> launchProperties = new LinkedHashMap<>();

	private Azurite azurite;

	private KafkaBroker kafka;

	// Null when the stack runs on someone else's PostgreSQL.
	private volatile Postgres postgres;

	private String jdbcUrl;

	private Stack(Ports ports, Path workDir, Path logDir, boolean ephemeral, Map<String, List<String>> jvmOptions) {
		this.ports = ports;
		this.workDir = workDir;
		this.logDir = logDir;
		this.ephemeral = ephemeral;
		this.jvmOptions = Map.copyOf(jvmOptions);
	}

	/** Starts everything for the local run: fixed ports, data kept under {@code var/}. */
	public static Stack startLocal(String databaseUrl) {
		Path workDir = RepositoryRoot.get().resolve("var");
		return start(new Stack(Ports.local(), workDir, workDir.resolve("logs"), false, Map.of()), databaseUrl);
	}

	/**
	 * Starts a private copy of everything for tests: free ports, a temporary directory that is
	 * removed on {@link #close()}. The logs go to {@code logDir}, so they outlive a failed run.
	 */
	public static Stack startForTests(Path logDir) {
		return startForTests(logDir, Map.of());
	}

	/**
	 * Starts a private copy of everything for tests, giving some applications extra JVM options, such
	 * as a smaller heap for a memory benchmark.
	 * @param logDir where the logs go
	 * @param jvmOptions extra options by module, such as {@code storage-service}
	 * @return the started stack
	 */
	public static Stack startForTests(Path logDir, Map<String, List<String>> jvmOptions) {
		Stack stack = new Stack(Ports.free(), TempDirectories.create("photoapp-stack-"), logDir, true, jvmOptions);
		return start(stack, null);
	}

	/**
	 * Starts only PostgreSQL, the Kafka broker and Azurite for tests, on free ports in a temporary
	 * directory; the test starts applications itself, with {@link #startWithEnvironment}.
	 * @param logDir where the logs go
	 * @return the started infrastructure
	 */
	public static Stack startInfrastructureForTests(Path logDir) {
		Stack stack = new Stack(Ports.free(), TempDirectories.create("photoapp-stack-"), logDir, true, Map.of());
		try {
			stack.startInfrastructure(null, true);
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	/**
	 * Starts an application from its jar configured by environment variables alone, as a container
	 * or a Kubernetes pod starts it; it is stopped with the stack. Returns at once: wait for its
	 * readiness with {@link ChildProcess#awaitReady}.
	 * @param module the application, such as {@code gateway}
	 * @param environment every variable it gets, ports included
	 * @return the running process
	 */
	public ChildProcess startWithEnvironment(String module, Map<String, String> environment) {
		return remember(ServiceProcess.startWithEnvironment(module, environment, logDir()));
	}

	private static Stack start(Stack stack, String databaseUrl) {
		try {
			stack.startInfrastructure(databaseUrl, stack.ephemeral);
			stack.startApplications();
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	public URI gatewayUri() {
		return URI.create("http://localhost:" + this.ports.gateway());
	}

	public URI issuerUri() {
		return URI.create("http://localhost:" + this.ports.issuer());
	}

	/** Where the gateway's actuator answers. */
	public URI gatewayHealthUri() {
		return URI.create("http://localhost:" + (this.ports.gateway() + Ports.MANAGEMENT_OFFSET) + "/actuator/health");
	}

	public URI serviceUri(String module) {
		return URI.create("http://localhost:" + this.ports.of(module));
	}

	public String blobConnectionString() {
		return this.azurite.connectionString();
	}

	/** The database every service's schema lives in, for tests that arrange or check rows directly. */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	public Path logDir() {
		return this.logDir;
	}

	private void startInfrastructure(String databaseUrl, boolean ephemeral) {
		CompletableFuture<String> database = async(() -> startDatabase(databaseUrl, ephemeral));
		CompletableFuture<KafkaBroker> broker = async(() -> remember(KafkaBroker.start(this.workDir.resolve("kafka"),
				this.ports.kafka(), this.ports.kafka() + 1)));
		CompletableFuture<Azurite> blobs = async(
				() -> remember(Azurite.start(directory("azurite"), this.ports.azurite())));
		// Let every start settle before failing, so close() can stop whatever did come up.
		CompletableFuture.allOf(database, broker, blobs).join();
		this.jdbcUrl = database.join();
		this.kafka = broker.join();
		this.azurite = blobs.join();
	}

	private String startDatabase(String databaseUrl, boolean ephemeral) {
		if (databaseUrl != null) {
			Postgres.bootstrapExternal(databaseUrl);
			return databaseUrl;
		}
		Postgres postgres = remember(Postgres.start(this.workDir.resolve("postgres"), this.ports.postgres(), ephemeral,
				logDir().resolve("postgres.log")));
		this.postgres = postgres;
		return postgres.jdbcUrl();
	}

	private void startApplications() {
		launch("auth-issuer", issuerProperties());
		launch("user-service", serviceProperties("user-service", "user_service", "users"));
		Map<String, Object> photo = serviceProperties("photo-service", "photo_service", "photos");
		if (this.ephemeral) {
			// Tests backdate a trashed photo and wait for the purge; an hour between runs is too long.
			photo.put("photoapp.catalogue.trash-purge-interval", "2s");
		}
		launch("photo-service", photo);
		Map<String, Object> storage = serviceProperties("storage-service", "storage_service", "storage");
		storage.put("photoapp.storage.connection-string", this.azurite.connectionString());
		storage.put("photoapp.storage.photo-service-uri", serviceUri("photo-service").toString());
		storage.put("photoapp.storage.reconciliation.schedule.token-uri", issuerUri() + "/oauth2/token");
		storage.put("photoapp.storage.reconciliation.schedule.client-id", RECONCILIATION_CLIENT_ID);
		storage.put("photoapp.storage.reconciliation.schedule.client-secret", this.serviceClientSecret);
		storage.put("photoapp.storage.reconciliation.schedule.audience", AUDIENCE);
		if (this.ephemeral) {
			// A first run soon after start shows the service's own credentials work; the one-hour grace
			// keeps every blob a test writes out of its reach.
			storage.put("photoapp.storage.reconciliation.schedule.initial-delay", "20s");
		}
		launch("storage-service", storage);
		launch("gateway", gatewayProperties());
		this.services.forEach((module, process) -> process.awaitReady(
				() -> ServiceProcess.isHealthy(this.ports.of(module) + Ports.MANAGEMENT_OFFSET), START_TIMEOUT));
	}

	private void launch(String module, Map<String, Object> properties) {
		this.launchProperties.put(module, properties);
		ChildProcess process = ServiceProcess.start(module, properties,
				this.jvmOptions.getOrDefault(module, List.of()), logDir());
		this.services.put(module, process);
		remember(process);
	}

	/**
	 * Stops one application and starts it again with the same settings, for tests of what survives
	 * a restart. Returns once the new process is healthy.
	 * @param module the application, such as {@code storage-service}
	 */
	public synchronized void restart(String module) {
		stop(module);
		start(module);
	}

	/**
	 * Stops one application, for tests of what the others do without it; {@link #start} brings it
	 * back.
	 * @param module the application, such as {@code photo-service}
	 */
	public synchronized void stop(String module) {
		ChildProcess process = running(module);
		process.close();
		this.started.remove(process);
		this.services.remove(module);
	}

	/**
	 * Starts an application that {@link #stop} stopped, with the settings it had. Returns once it is
	 * healthy.
	 * @param module the application, such as {@code photo-service}
	 */
	public synchronized void start(String module) {
		Map<String, Object> properties = this.launchProperties.get(module);
		if (properties == null || this.services.containsKey(module)) {
			throw new IllegalStateException(module + " is unknown or still running");
		}
		launch(module, properties);
		this.services.get(module)
			.awaitReady(() -> ServiceProcess.isHealthy(this.ports.of(module) + Ports.MANAGEMENT_OFFSET), START_TIMEOUT);
	}

	/**
	 * Freezes one application (SIGSTOP): its sockets stay open but nothing answers, like a service
	 * stuck in a long pause. {@link #resume} lets it go on.
	 * @param module the application, such as {@code storage-service}
	 */
	public void pause(String module) {
		signal(running(module), "STOP");
	}

	/**
	 * Lets an application frozen by {@link #pause} run again.
	 * @param module the application
	 */
	public void resume(String module) {
		signal(running(module), "CONT");
	}

	/** Stops the Kafka broker, keeping its data, as an outage would; {@link #startBroker} ends it. */
	public void stopBroker() {
		this.kafka.stop();
	}

	/** Starts the Kafka broker again on its port with its data; clients reconnect on their own. */
	public void startBroker() {
		this.kafka.restart();
	}

	/** Stops Azurite, keeping its data, as an outage of Azure Storage would; {@link #startBlobs} ends it. */
	public void stopBlobs() {
		this.azurite.stop();
	}

	/** Starts Azurite again on its port with its data. */
	public void startBlobs() {
		this.azurite.restart();
	}

	/**
	 * Stops the stack's own PostgreSQL, keeping its data, as a database outage would;
	 * {@link #startDatabase()} ends it. Every service loses its database at once.
	 */
	public void stopDatabase() {
		ownPostgres().stop();
	}

	/** Starts the stack's own PostgreSQL again on its port with its data; connection pools reconnect. */
	public void startDatabase() {
		ownPostgres().restart();
	}

	private Postgres ownPostgres() {
		Postgres own = this.postgres;
		if (own == null) {
			throw new IllegalStateException("The stack runs on an external PostgreSQL, which it does not stop");
		}
		return own;
	}

	/**
	 * The base address of an application's management port (health, metrics), never routed by
	 * the gateway.
	 * @param module the application, such as {@code gateway}
	 * @return the address, such as {@code http://localhost:9180}
	 */
	public URI managementUri(String module) {
		return URI.create("http://localhost:" + (this.ports.of(module) + Ports.MANAGEMENT_OFFSET));
	}

	private synchronized ChildProcess running(String module) {
		ChildProcess process = this.services.get(module);
		if (process == null) {
			throw new IllegalArgumentException(module + " is unknown or stopped");
		}
		return process;
	}

	private static void signal(ChildProcess process, String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
			if (kill.waitFor() != 0) {
				throw new IllegalStateException("kill -" + signal + " " + process.name() + " failed");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> issuerProperties() {
		Map<String, Object> properties = common("auth-issuer");
		// storage-service's machine-to-machine client, for its scheduled reconciliation.
		properties.put("photoapp.issuer.service-clients[0].client-id", RECONCILIATION_CLIENT_ID);
		properties.put("photoapp.issuer.service-clients[0].secret", this.serviceClientSecret);
		properties.put("photoapp.issuer.service-clients[0].permissions", List.of("reconcile"));
		properties.put("photoapp.issuer.issuer-uri", issuerUri().toString());
		properties.put("photoapp.issuer.audience", AUDIENCE);
		properties.put("photoapp.issuer.spa-client-id", SPA_CLIENT_ID);
		properties.put("photoapp.issuer.redirect-uris", List.of(gatewayUri() + "/"));
		properties.put("photoapp.issuer.key-file", this.workDir.resolve("issuer/signing-key.json").toString());
		return properties;
	}

	private Map<String, Object> serviceProperties(String module, String role, String schema) {
		Map<String, Object> properties = tokenChecking(module);
		properties.put("spring.datasource.url", this.jdbcUrl + "?currentSchema=" + schema);
		properties.put("spring.datasource.username", role);
		properties.put("spring.kafka.bootstrap-servers", this.kafka.bootstrapServers());
		return properties;
	}

	private Map<String, Object> gatewayProperties() {
		Map<String, Object> properties = tokenChecking("gateway");
		properties.put("photoapp.services.user", serviceUri("user-service").toString());
		properties.put("photoapp.services.photo", serviceUri("photo-service").toString());
		properties.put("photoapp.services.storage", serviceUri("storage-service").toString());
		if (this.ephemeral) {
			// A test waits for the storage time limit to pass; two minutes would make it slow.
			properties.put("photoapp.edge.resilience.timeouts.storage", STORAGE_TIME_LIMIT_IN_TESTS.toString());
		}
		return properties;
	}

	private Map<String, Object> tokenChecking(String module) {
		Map<String, Object> properties = common(module);
		properties.put("photoapp.security.issuer-uri", issuerUri().toString());
		properties.put("photoapp.security.jwk-set-uri", issuerUri() + "/oauth2/jwks");
		properties.put("photoapp.security.audience", AUDIENCE);
		return properties;
	}

	private Map<String, Object> common(String module) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", this.ports.of(module));
		properties.put("management.server.port", this.ports.of(module) + Ports.MANAGEMENT_OFFSET);
		return properties;
	}

	private Path directory(String name) {
		try {
			return Files.createDirectories(this.workDir.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private synchronized <T extends AutoCloseable> T remember(T component) {
		this.started.add(component);
		return component;
	}

	private static String randomSecret() {
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		return HexFormat.of().formatHex(secret);
	}

	private static <T> CompletableFuture<T> async(Supplier<T> task) {
		return CompletableFuture.supplyAsync(task);
	}

	/** Stops everything in reverse order of start. */
	@Override
	public synchronized void close() {
		for (int i = this.started.size() - 1; i >= 0; i--) {
			try {
				this.started.get(i).close();
			}
			catch (Exception ex) {
				System.err.println("Stopping " + this.started.get(i) + " failed: " + ex.getClass().getSimpleName());
			}
		}
		this.started.clear();
		if (this.ephemeral) {
			TempDirectories.deleteTree(this.workDir);
		}
	}

	/**
	 * The ports of one stack. Each application's management port is its port plus
	 * {@link #MANAGEMENT_OFFSET}; the Kafka controller listens on the broker port plus one.
	 */
	record Ports(int gateway, int issuer, int user, int photo, int storage, int postgres, int kafka, int azurite) {

		static final int MANAGEMENT_OFFSET = 1100;

		static Ports local() {
			return new Ports(8080, 9000, 8081, 8082, 8083, 5433, 19092, 10000);
		}

		/** Free ports whose management and controller neighbours are free too. */
		static Ports free() {
			return new Ports(pair(MANAGEMENT_OFFSET), pair(MANAGEMENT_OFFSET), pair(MANAGEMENT_OFFSET),
					pair(MANAGEMENT_OFFSET), pair(MANAGEMENT_OFFSET), FreePorts.next(), pair(1), FreePorts.next());
		}

		int of(String module) {
			return switch (module) {
				case "gateway" -> this.gateway;
				case "auth-issuer" -> this.issuer;
				case "user-service" -> this.user;
				case "photo-service" -> this.photo;
				case "storage-service" -> this.storage;
				default -> throw new IllegalArgumentException("Unknown module " + module);
			};
		}

		private static int pair(int offset) {
			for (int attempt = 0; attempt < 50; attempt++) {
				int port = FreePorts.next();
				if (port + offset < 65536 && !FreePorts.isListening(port + offset)) {
					return port;
				}
			}
			throw new IllegalStateException("No free port pair found");
		}

	}

}
