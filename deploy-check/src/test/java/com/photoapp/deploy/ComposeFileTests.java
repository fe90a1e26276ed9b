package com.photoapp.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.photoapp.deploy.ComposeCli.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that {@code docker-compose.yml} is valid Compose and agrees with the code, and that a
 * deliberate mistake in a copy of it fails, both in docker-compose's own validation and in
 * {@link ComposeChecker}.
 */
class ComposeFileTests {

	static final List<String> APPLICATIONS = List.of("auth-issuer", "gateway", "user-service", "photo-service",
			"storage-service");

	private static final SpringSettings SETTINGS = SpringSettings.of(Repository.root());

	@TempDir
	Path temp;

	@Test
	void agreesWithTheCode() {
		assertThat(check(Repository.root().resolve("docker-compose.yml"))).isEmpty();
	}

	@Test
	void isValidForDockerCompose() {
		assumeTrue(ComposeCli.isAvailable(), "docker-compose is not installed (bin/test installs it)");

		Result result = ComposeCli.validate(Repository.root().resolve("docker-compose.yml"), this.temp);

		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	@Nested
	class Broken {

		private Path file;

		@BeforeEach
		void copy() throws Exception {
			this.file = Files.copy(Repository.root().resolve("docker-compose.yml"), temp.resolve("docker-compose.yml"));
		}

		@Test
		void unknownServiceFieldFailsDockerComposeAndTheChecker() {
			Repository.replace(this.file, "    restart: unless-stopped\n    ports: [\"8080:8080\"]",
					"    restat: unless-stopped\n    ports: [\"8080:8080\"]");

			assertThat(check(this.file)).contains("gateway: unknown field restat");
			assumeTrue(ComposeCli.isAvailable(), "docker-compose is not installed");
			Result result = ComposeCli.validate(this.file, temp);
			assertThat(result.exitCode()).isNotZero();
			assertThat(result.output()).contains("restat");
		}

		@Test
		void dependencyOnAMissingServiceFailsDockerComposeAndTheChecker() {
			Repository.replace(this.file, "      user-service:\n        condition: service_healthy",
					"      users:\n        condition: service_healthy");

			assertThat(check(this.file)).contains("gateway: depends on users, which is no service");
			assumeTrue(ComposeCli.isAvailable(), "docker-compose is not installed");
			assertThat(ComposeCli.validate(this.file, temp).exitCode()).isNotZero();
		}

		@Test
		void reportsEnvironmentVariableNoApplicationReads() {
			Repository.replace(this.file, "      PHOTOAPP_SERVICES_PHOTO:", "      PHOTOAPP_SERVICE_PHOTO:");

			assertThat(check(this.file))
				.containsExactly(
						"gateway: environment variable PHOTOAPP_SERVICE_PHOTO sets no property that gateway reads");
		}

		@Test
		void reportsAddressWithThePortNothingListensOn() {
			Repository.replace(this.file, "PHOTOAPP_STORAGE_PHOTO_SERVICE_URI: http://photo-service:8082",
					"PHOTOAPP_STORAGE_PHOTO_SERVICE_URI: http://photo-service:8092");

			assertThat(check(this.file)).containsExactly("storage-service: PHOTOAPP_STORAGE_PHOTO_SERVICE_URI points "
					+ "at photo-service:8092, but it listens on 8082");
		}

		@Test
		void reportsPublishedPortTheApplicationDoesNotListenOn() {
			Repository.replace(this.file, "ports: [\"8080:8080\"]", "ports: [\"8080:8081\"]");

			assertThat(check(this.file))
				.containsExactly("gateway: publishes container port 8081, but gateway listens on 8080");
		}

		@Test
		void reportsHealthCheckOnAnotherPort() {
			Repository.replace(this.file, "[\"CMD\", \"ready\", \"9182\"]", "[\"CMD\", \"ready\", \"9082\"]");

			assertThat(check(this.file))
				.containsExactly("photo-service: health check asks port 9082, which is not its management port");
		}

		@Test
		void reportsWaitingForHealthOfAServiceWithoutHealthCheck() {
			Repository.replace(this.file, "      test: [\"CMD\", \"nc\", \"-z\", \"127.0.0.1\", \"10000\"]\n"
					+ "      interval: 5s\n      retries: 20\n", "");
			Repository.replace(this.file, "    healthcheck:\n\n  auth-issuer:", "\n  auth-issuer:");

			assertThat(check(this.file))
				.containsExactly("storage-service: waits for azurite to be healthy, but it has no health check");
		}

		@Test
		void reportsModuleThatDoesNotExist() {
			Repository.replace(this.file, "args: { MODULE: user-service }", "args: { MODULE: users-service }");

			assertThat(check(this.file)).contains(
					"user-service: builds module users-service, which is no application of this repository",
					"no service runs user-service");
		}

	}

	private static List<String> check(Path file) {
		return new ComposeChecker(Repository.root(), SETTINGS).check(file, APPLICATIONS);
	}

}
