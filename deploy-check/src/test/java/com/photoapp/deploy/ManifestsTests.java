package com.photoapp.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.photoapp.deploy.Kustomize.Rendering;
import com.photoapp.deploy.ManifestChecker.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the Kubernetes manifests under {@code deploy/k8s} render and pass every check, and
 * that they have the shape the design asks for.
 */
class ManifestsTests {

	private static final SpringSettings SETTINGS = SpringSettings.of(Repository.root());

	private static final List<String> APPLICATIONS = List.of("gateway", "user-service", "photo-service",
			"storage-service");

	static List<Map<String, Object>> render(String kustomization) {
		Rendering rendering = Kustomize.render(Repository.root().resolve(kustomization));
		assertThat(rendering.problems()).isEmpty();
		return rendering.objects();
	}

	static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
		return objects.stream().filter((object) -> kind.equals(object.get("kind"))).toList();
	}

	static List<String> names(List<Map<String, Object>> objects) {
		return objects.stream().map((object) -> Maps.string(object, "metadata.name")).toList();
	}

	@Nested
	@TestInstance(Lifecycle.PER_CLASS)
	class Base {

		private List<Map<String, Object>> objects;

		private Report report;

		@BeforeAll
		void render() {
			this.objects = ManifestsTests.render("deploy/k8s/base");
			this.report = new ManifestChecker(SETTINGS, true).check(this.objects);
		}

		@Test
		void passesEveryCheck() {
			assertThat(this.report.problems()).isEmpty();
		}

		@Test
		void leavesOnlyDatabaseAndKafkaPasswordsToTheOverlay() {
			assertThat(this.report.externalSecrets()).containsExactlyInAnyOrder(
					"user-service-secrets/SPRING_DATASOURCE_PASSWORD",
					"user-service-secrets/SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
					"photo-service-secrets/SPRING_DATASOURCE_PASSWORD",
					"photo-service-secrets/SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG",
					"storage-service-secrets/SPRING_DATASOURCE_PASSWORD",
					"storage-service-secrets/SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
		}

		@Test
		void definesNoSecretValues() {
			assertThat(ofKind(this.objects, "Secret")).isEmpty();
		}

	}

	@Nested
	@TestInstance(Lifecycle.PER_CLASS)
	class Production {

		private List<Map<String, Object>> objects;

		@BeforeAll
		void render() {
			this.objects = ManifestsTests.render("deploy/k8s/overlays/production");
		}

		@Test
		void passesEveryCheckWithEverySecretMirroredFromKeyVault() {
			Report report = new ManifestChecker(SETTINGS, false).check(this.objects);

			assertThat(report.problems()).isEmpty();
			assertThat(report.externalSecrets()).isEmpty();
		}

		@Test
		void runsTheFourApplicationsAndNotTheLocalIssuer() {
			assertThat(names(ofKind(this.objects, "Deployment"))).containsExactlyInAnyOrderElementsOf(APPLICATIONS);
			assertThat(names(ofKind(this.objects, "Service"))).containsExactlyInAnyOrderElementsOf(APPLICATIONS);
			assertThat(this.objects).noneMatch((object) -> String.valueOf(object).contains("auth-issuer"));
		}

		@Test
		void scalesGatewayPhotoAndStorageServiceHorizontally() {
			assertThat(ofKind(this.objects, "HorizontalPodAutoscaler"))
				.extracting((hpa) -> Maps.string(hpa, "spec.scaleTargetRef.name"))
				.containsExactlyInAnyOrder("gateway", "photo-service", "storage-service");
		}

		@Test
		void protectsEachApplicationWithADisruptionBudget() {
			assertThat(names(ofKind(this.objects, "PodDisruptionBudget")))
				.containsExactlyInAnyOrderElementsOf(APPLICATIONS);
		}

		@Test
		void probesTheManagementPortsProbeGroups() {
			for (Map<String, Object> deployment : ofKind(this.objects, "Deployment")) {
				Map<String, Object> container = Workloads.containers(deployment).getFirst();
				assertThat(Maps.string(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
				assertThat(Maps.string(container, "readinessProbe.httpGet.path"))
					.isEqualTo("/actuator/health/readiness");
				assertThat(Maps.string(container, "readinessProbe.httpGet.port")).isEqualTo("management");
				String module = Maps.string(deployment, "metadata.name");
				assertThat(Maps.list(container, "ports")).anyMatch((port) -> "management".equals(port.get("name"))
						&& String.valueOf(port.get("containerPort"))
							.equals(SETTINGS.defaultValue(module, "management.server.port")));
			}
		}

		@Test
		void deniesAllTrafficThatNoPolicyAllows() {
			assertThat(ofKind(this.objects, "NetworkPolicy")).anyMatch((policy) -> "default-deny"
				.equals(Maps.string(policy, "metadata.name"))
					&& Maps.map(policy, "spec.podSelector").isEmpty()
					&& List.of("Ingress", "Egress").equals(Maps.get(policy, "spec.policyTypes")));
		}

		@Test
		void admitsTrafficFromAnySourceOnlyToTheGateway() {
			for (Map<String, Object> policy : ofKind(this.objects, "NetworkPolicy")) {
				boolean fromAnywhere = Maps.list(policy, "spec.ingress")
					.stream()
					.anyMatch((rule) -> !rule.containsKey("from"));
				if (fromAnywhere) {
					assertThat(Maps.map(policy, "spec.podSelector.matchLabels"))
						.containsEntry("app.kubernetes.io/name", "gateway");
				}
			}
		}

		@Test
		void letsOnlyStorageServiceReachThePrivateEndpointsOnHttps() {
			List<Object> reaching = ofKind(this.objects, "NetworkPolicy").stream()
				.filter((policy) -> Maps.list(policy, "spec.egress").stream().anyMatch(this::privateHttps))
				.map((policy) -> Maps.map(policy, "spec.podSelector.matchLabels").get("app.kubernetes.io/name"))
				.toList();
			assertThat(reaching).containsExactly("storage-service");
		}

		// An egress rule to a private address block (no exceptions carved out) on port 443.
		private boolean privateHttps(Map<String, Object> rule) {
			boolean privateBlock = Maps.list(rule, "to")
				.stream()
				.anyMatch((peer) -> peer.containsKey("ipBlock") && Maps.get(peer, "ipBlock.except") == null);
			return privateBlock && Maps.list(rule, "ports").stream().anyMatch((port) -> port.get("port").equals(443));
		}

		@Test
		void signsStorageServiceInWithWorkloadIdentityAndNoAccountKey() {
			Map<String, Object> storage = ofKind(this.objects, "Deployment").stream()
				.filter((deployment) -> "storage-service".equals(Maps.string(deployment, "metadata.name")))
				.findFirst()
				.orElseThrow();
			assertThat(Workloads.podLabels(storage)).containsEntry("azure.workload.identity/use", "true");
			assertThat(String.valueOf(this.objects)).doesNotContain("PHOTOAPP_STORAGE_CONNECTION_STRING")
				.doesNotContain("AccountKey");
		}

	}

}
