package com.photoapp.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for the local run and the tests, from the binaries zonky publishes on
 * Maven Central. The server refuses to run as root, so when the JVM is root (as in CI containers)
 * initdb and postgres run as {@code nobody} through {@code setpriv}.
 * <p>
 * Bootstrapping creates the {@code photoapp} database and applies {@code deploy/postgres/init.sql},
 * which gives each service its own role and schema.
 */
public final class Postgres implements AutoCloseable {

	/** Database the services use. */
	public static final String DATABASE = "photoapp";

	private static final String BINARIES_RESOURCE = "postgres-linux-x86_64.txz";

	private static final int NOBODY = 65534;

	private static Postgres shared;

	private final int port;

	private final Supplier<ChildProcess> launcher;

	private ChildProcess server;

	private Postgres(int port, Supplier<ChildProcess> launcher) {
		this.port = port;
		this.launcher = launcher;
		this.server = launcher.get();
	}

	/**
	 * One throwaway server per JVM for tests, on a free port, removed when the JVM exits.
	 */
	public static synchronized Postgres shared() {
		if (shared == null) {
			Path base = TempDirectories.create("photoapp-pg-");
			shared = start(base.resolve("data"), FreePorts.next(), true, base.resolve("postgres.log"));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				shared.close();
				TempDirectories.deleteTree(base);
			}, "postgres-stop"));
		}
		return shared;
	}

	/**
	 * Starts a server on {@code dataDir} (initialised on first use) and bootstraps the database.
	 * @param ephemeral whether durability may be traded for speed (tests)
	 */
	public static Postgres start(Path dataDir, int port, boolean ephemeral, Path log) {
		Path binaries = extractBinaries();
		boolean root = isRoot();
		prepareDataDir(dataDir, root);
		if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
			ChildProcess.run("initdb", asServerUser(root, List.of(binaries.resolve("bin/initdb").toString(), "-D",
					dataDir.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale")), dataDir.getParent(),
					log.resolveSibling("initdb.log"), Duration.ofMinutes(2));
		}
		List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/postgres").toString(), "-D",
				dataDir.toString(), "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-k", ""));
		if (ephemeral) {
			command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
		}
		// SIGINT is PostgreSQL's "fast" shutdown: it ends open sessions instead of waiting for them.
		Postgres postgres = new Postgres(port,
				() -> ChildProcess.start("postgres", asServerUser(root, command), dataDir, Map.of(), log, "INT"));
		postgres.awaitConnections();
		postgres.bootstrap();
		return postgres;
	}

	public int port() {
		return this.port;
	}

	/** The JDBC URL of the services' database; each service logs in with its own role. */
	public String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	private boolean acceptsConnections() {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
			return connection.isValid(1);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private void bootstrap() {
		try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
				Statement statement = admin.createStatement()) {
			if (!statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'").next()) {
				statement.execute("create database " + DATABASE);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + DATABASE, ex);
		}
		applyInitScript(jdbcUrl(), "postgres");
	}

	/**
	 * Prepares roles and schemas on a server someone else runs. The database in the URL must exist;
	 * the script runs as {@code PHOTOAPP_DATABASE_ADMIN_USER} (default {@code postgres}).
	 */
	static void bootstrapExternal(String jdbcUrl) {
		String admin = System.getenv().getOrDefault("PHOTOAPP_DATABASE_ADMIN_USER", "postgres");
		applyInitScript(jdbcUrl, admin);
	}

	private static void applyInitScript(String jdbcUrl, String user) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(Files.readString(RepositoryRoot.get().resolve("deploy/postgres/init.sql")));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Cannot apply deploy/postgres/init.sql", ex);
		}
	}

	/** Stops the server (fast shutdown), keeping its data, as an outage would; {@link #restart} ends it. */
	public synchronized void stop() {
		this.server.close();
	}

	/** Starts the server again on the same port and data directory, after {@link #stop}. */
	public synchronized void restart() {
		this.server.close();
		this.server = this.launcher.get();
		awaitConnections();
	}

	private void awaitConnections() {
		this.server.awaitReady(this::acceptsConnections, Duration.ofMinutes(1));
	}

	@Override
	public synchronized void close() {
		this.server.close();
	}

	private static List<String> asServerUser(boolean root, List<String> command) {
		if (!root) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
				"--clear-groups", "--"));
		wrapped.addAll(command);
		return wrapped;
	}

	private static void prepareDataDir(Path dataDir, boolean root) {
		try {
			Files.createDirectories(dataDir);
			Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
			if (root) {
				UserPrincipalLookupService users = dataDir.getFileSystem().getUserPrincipalLookupService();
				Files.setOwner(dataDir, users.lookupPrincipalByName("nobody"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare " + dataDir, ex);
		}
	}

	private static boolean isRoot() {
		try {
			return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
		}
		catch (IOException | UnsupportedOperationException ex) {
			return false;
		}
	}

	/**
	 * Unpacks the server once per machine under the system temp directory, which the unprivileged
	 * server user can read. Parallel test JVMs race safely: each unpacks aside, one rename wins.
	 */
	private static Path extractBinaries() {
		Path target = Path.of(System.getProperty("java.io.tmpdir"), "photoapp-postgres-" + binariesVersion());
		if (Files.isExecutable(target.resolve("bin/postgres"))) {
			return target;
		}
		try {
			Path staging = Files.createTempDirectory(target.getParent(), "photoapp-postgres-unpack-");
			unpack(staging);
			Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
				TempDirectories.deleteTree(staging);
			}
			catch (IOException ex) {
				if (!Files.exists(target)) {
					throw ex;
				}
				TempDirectories.deleteTree(staging);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot unpack PostgreSQL binaries", ex);
		}
	}

	private static void unpack(Path staging) throws IOException {
		try (InputStream packed = Postgres.class.getClassLoader().getResourceAsStream(BINARIES_RESOURCE)) {
			if (packed == null) {
				throw new IllegalStateException(BINARIES_RESOURCE + " is not on the classpath");
			}
			try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(packed))) {
				for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
					unpackEntry(staging, tar, entry);
				}
			}
		}
	}

	private static void unpackEntry(Path staging, TarArchiveInputStream tar, TarArchiveEntry entry)
			throws IOException {
		Path path = staging.resolve(entry.getName()).normalize();
		if (!path.startsWith(staging)) {
			throw new IOException("Archive entry outside the target: " + entry.getName());
		}
		if (entry.isDirectory()) {
			Files.createDirectories(path);
			return;
		}
		Files.createDirectories(path.getParent());
		if (entry.isSymbolicLink()) {
			Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
			return;
		}
		Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
		boolean executable = (entry.getMode() & 0100) != 0;
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
	}

	/** The binaries jar's version, read from its file name, so an upgrade unpacks afresh. */
	private static String binariesVersion() {
		String location = String.valueOf(Postgres.class.getClassLoader().getResource(BINARIES_RESOURCE));
		int end = location.lastIndexOf(".jar!");
		return (end > 0) ? location.substring(location.lastIndexOf('-', end) + 1, end)
				: Integer.toHexString(location.hashCode());
	}


}
