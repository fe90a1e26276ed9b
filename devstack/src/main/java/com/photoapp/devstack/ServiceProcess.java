package com.photoapp.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One of the project's Spring Boot applications run from its packaged jar in a JVM of its own,
 * configured through {@code SPRING_APPLICATION_JSON} so nothing shows up in the process list.
 */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private ServiceProcess() {
	}

	static ChildProcess start(String module, Map<String, Object> properties, List<String> jvmOptions, Path logDir) {
		// Start-up speed matters more than peak throughput on a 2-core laptop-sized machine.
		List<String> command = new ArrayList<>(List.of(KafkaBroker.javaBinary(), "-Xms64m", "-Xmx512m",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
				"-Dspring.output.ansi.enabled=never"));
		// Later options win, so a test can give one application another heap.
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar(module).toString()));
		return ChildProcess.start(module, command, RepositoryRoot.get(),
				Map.of("SPRING_APPLICATION_JSON", toJson(properties)), logDir.resolve(module + ".log"));
	}

	/**
	 * Starts an application the way its container does: {@code java -jar} with the environment
	 * given and nothing else a Spring application reads, neither inherited variables nor system
	 * properties. Only the JVM's own sizing differs, for the small test machine.
	 */
	static ChildProcess startWithEnvironment(String module, Map<String, String> environment, Path logDir) {
		List<String> command = List.of(KafkaBroker.javaBinary(), "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-jar", jar(module).toString());
		return ChildProcess.startWithOnly(module, command, RepositoryRoot.get(), environment,
				logDir.resolve(module + ".log"));
	}

	private static Path jar(String module) {
		Path jar = RepositoryRoot.get().resolve(module).resolve("target").resolve(module + "-" + version() + ".jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing; build first (./mvnw package -DskipTests)");
		}
		return jar;
	}

	static boolean isHealthy(int managementPort) {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String version() {
		String version = ServiceProcess.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "0.1.0-SNAPSHOT";
	}

	/** Flat JSON of dotted property names; values are strings, numbers or lists of strings. */
	static String toJson(Map<String, Object> properties) {
		return properties.entrySet()
			.stream()
			.map((entry) -> quote(entry.getKey()) + ":" + value(entry.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static String value(Object value) {
		if (value instanceof Number) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map((item) -> quote(item.toString())).collect(Collectors.joining(",", "[", "]"));
		}
		return quote(String.valueOf(value));
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
