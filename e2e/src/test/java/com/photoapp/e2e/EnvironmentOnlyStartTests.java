package com.photoapp.e2e;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.photoapp.devstack.ChildProcess;
import com.photoapp.devstack.FreePorts;
import com.photoapp.devstack.RepositoryRoot;
import com.photoapp.devstack.Stack;
import com.photoapp.devstack.TokenClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the issuer and the four applications from their jars configured by plain environment
 * variables only, with the names the Kubernetes manifests give them (deploy/k8s/base), against the
 * local stack's PostgreSQL, Kafka and Azurite: no {@code SPRING_APPLICATION_JSON}, no system
 * properties, no edited file. Each must report ready on its management port, and a request must
 * pass the gateway, the token check and the database.
 */
@TestInstance(Lifecycle.PER_CLASS)
class EnvironmentOnlyStartTests {

	private static final Path LOGS = RepositoryRoot.get().resolve("e2e/target/environment-only-logs");

	private static final Path MANIFESTS = RepositoryRoot.get().resolve("deploy/k8s/base");

	private static final List<String> APPLICATIONS = List.of("user-service", "photo-service", "storage-service",
			"gateway");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Map<String, Integer> ports = new LinkedHashMap<>();

	private final Map<String, Integer> managementPorts = new LinkedHashMap<>();

	private Stack infrastructure;

	@BeforeAll
	void start() {
		this.infrastructure = Stack.startInfrastructureForTests(LOGS);
		for (String module : List.of("auth-issuer", "user-service", "photo-service", "storage-service", "gateway")) {
			this.ports.put(module, FreePorts.next());
			this.managementPorts.put(module, FreePorts.next());
		}
		List<ChildProcess> started = new ArrayList<>();
		started.add(this.infrastructure.startWithEnvironment("auth-issuer", issuerEnvironment()));
		for (String module : APPLICATIONS) {
			started.add(this.infrastructure.startWithEnvironment(module, environment(module)));
		}
		for (ChildProcess process : started) {
			int port = this.managementPorts.get(process.name());
			process.awaitReady(() -> status(port, "/actuator/health/readiness") == 200, START_TIMEOUT);
		}
	}

	@AfterAll
	void stop() {
		if (this.infrastructure != null) {
			this.infrastructure.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "user-service", "photo-service", "storage-service", "gateway" })
	void answersItsProbesOnTheManagementPort(String module) {
		int port = this.managementPorts.get(module);

		assertThat(body(port, "/actuator/health/readiness")).contains("\"status\":\"UP\"");
		assertThat(body(port, "/actuator/health/liveness")).contains("\"status\":\"UP\"");
	}

	@Test
	void servesARequestThroughTheGatewayWithTheTokenChecksFromTheEnvironment() throws Exception {
		String token = TokenClient.accessToken(uri("auth-issuer"), Stack.SPA_CLIENT_ID,
				URI.create(uri("gateway") + "/"), "alice", "alice-password");

		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri("gateway") + "/api/users/me"))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	// The issuer is development-only and has no manifest; these are the names docker-compose.yml uses.
	private Map<String, String> issuerEnvironment() {
		Map<String, String> environment = ports("auth-issuer");
		environment.put("PHOTOAPP_ISSUER_ISSUER_URI", uri("auth-issuer").toString());
		environment.put("PHOTOAPP_ISSUER_REDIRECT_URIS", uri("gateway") + "/");
		environment.put("PHOTOAPP_ISSUER_KEY_FILE", LOGS.resolve("issuer-signing-key.json").toString());
		return environment;
	}

	// Every variable the manifests give the module, with the value for this machine; a variable the
	// manifests add without a value here fails the test, so the two cannot drift apart.
	private Map<String, String> environment(String module) {
		Map<String, String> local = localValues(module);
		Map<String, String> environment = ports(module);
		for (String variable : manifestVariables(module)) {
			// Azurite cannot sign a pod's Azure identity in, so locally the account key stands in for it.
			String name = "PHOTOAPP_STORAGE_ENDPOINT".equals(variable) ? "PHOTOAPP_STORAGE_CONNECTION_STRING"
					: variable;
			assertThat(local).as("a local value for %s of %s", name, module).containsKey(name);
			environment.put(name, local.get(name));
		}
		return environment;
	}

	private Map<String, String> localValues(String module) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("PHOTOAPP_SECURITY_ISSUER_URI", uri("auth-issuer").toString());
		values.put("PHOTOAPP_SECURITY_JWK_SET_URI", uri("auth-issuer") + "/oauth2/jwks");
		values.put("PHOTOAPP_SECURITY_AUDIENCE", Stack.AUDIENCE);
		String schema = Map.of("user-service", "users", "photo-service", "photos", "storage-service", "storage")
			.getOrDefault(module, "none");
		values.put("SPRING_DATASOURCE_URL", this.infrastructure.jdbcUrl() + "?currentSchema=" + schema);
		values.put("SPRING_DATASOURCE_USERNAME", module.replace('-', '_'));
		// The embedded server trusts local connections; the password is only passed along.
		values.put("SPRING_DATASOURCE_PASSWORD", "not-checked-locally");
		values.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", this.infrastructure.kafkaBootstrapServers());
		// The local broker speaks plain Kafka; the SASL settings are passed and go unused.
		values.put("SPRING_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
		values.put("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "PLAIN");
		values.put("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
				"org.apache.kafka.common.security.plain.PlainLoginModule required username=\"a\" password=\"b\";");
		values.put("PHOTOAPP_STORAGE_CONNECTION_STRING", this.infrastructure.blobConnectionString());
		values.put("PHOTOAPP_STORAGE_PHOTO_SERVICE_URI", uri("photo-service").toString());
		values.put("PHOTOAPP_SERVICES_USER", uri("user-service").toString());
		values.put("PHOTOAPP_SERVICES_PHOTO", uri("photo-service").toString());
		values.put("PHOTOAPP_SERVICES_STORAGE", uri("storage-service").toString());
		values.put("PHOTOAPP_SPA_CLIENT_ID", Stack.SPA_CLIENT_ID);
		values.put("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "120s");
		return values;
	}

	// The pods keep the default ports of application.yml; here every port must be free.
	private Map<String, String> ports(String module) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", this.ports.get(module).toString());
		environment.put("MANAGEMENT_SERVER_PORT", this.managementPorts.get(module).toString());
		return environment;
	}

	// The keys of the ConfigMaps the module's Deployment reads, and the names of its other variables.
	@SuppressWarnings("unchecked")
	private static Set<String> manifestVariables(String module) {
		Map<String, Map<String, Object>> configMaps = new LinkedHashMap<>();
		Map<String, Object> container = null;
		for (Map<String, Object> object : manifests()) {
			Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
			if ("ConfigMap".equals(object.get("kind"))) {
				configMaps.put((String) metadata.get("name"), (Map<String, Object>) object.get("data"));
			}
			if ("Deployment".equals(object.get("kind")) && module.equals(metadata.get("name"))) {
				Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) object.get("spec"))
					.get("template");
				Map<String, Object> pod = (Map<String, Object>) template.get("spec");
				container = ((List<Map<String, Object>>) pod.get("containers")).getFirst();
			}
		}
		assertThat(container).as("the Deployment of " + module).isNotNull();
		Set<String> variables = new LinkedHashSet<>();
		for (Map<String, Object> source : (List<Map<String, Object>>) container.getOrDefault("envFrom", List.of())) {
			String name = (String) ((Map<String, Object>) source.get("configMapRef")).get("name");
			variables.addAll(configMaps.get(name).keySet());
		}
		for (Map<String, Object> variable : (List<Map<String, Object>>) container.getOrDefault("env", List.of())) {
			variables.add((String) variable.get("name"));
		}
		return variables;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> manifests() {
		List<Map<String, Object>> objects = new ArrayList<>();
		try (var files = Files.list(MANIFESTS)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".yaml")).toList()) {
				try (Reader reader = Files.newBufferedReader(file)) {
					new Yaml().loadAll(reader).forEach((document) -> objects.add((Map<String, Object>) document));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return objects;
	}

	private URI uri(String module) {
		return URI.create("http://localhost:" + this.ports.get(module));
	}

	private static int status(int port, String path) {
		try {
			return get(port, path).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String body(int port, String path) {
		try {
			return get(port, path).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static HttpResponse<String> get(int port, String path) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(2))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
