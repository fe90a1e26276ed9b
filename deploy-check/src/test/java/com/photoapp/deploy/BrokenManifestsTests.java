package com.photoapp.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.photoapp.deploy.Kustomize.Rendering;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a deliberate mistake in a copy of {@code deploy/k8s} fails the check, with a message
 * that says where. Each test breaks one thing.
 */
class BrokenManifestsTests {

	private static final SpringSettings SETTINGS = SpringSettings.of(Repository.root());

	@TempDir
	Path temp;

	private Path base;

	private Path production;

	@BeforeEach
	void copyManifests() {
		Path k8s = Repository.copy("deploy/k8s", this.temp);
		this.base = k8s.resolve("base");
		this.production = k8s.resolve("overlays/production");
	}

	@Test
	void reportsUnknownField() {
		Repository.replace(this.base.resolve("gateway.yaml"), "readinessProbe:", "readinesProbe:");

		assertThat(problems(this.production)).contains(
				"Deployment/gateway: unknown field spec.template.spec.containers[0].readinesProbe",
				"Deployment/gateway container gateway: readinessProbe is missing");
	}

	@Test
	void reportsValueOfTheWrongType() {
		Repository.replace(this.base.resolve("user-service.yaml"), "replicas: 2", "replicas: two");

		assertThat(problems(this.production)).anyMatch(
				(problem) -> problem.startsWith("Deployment/user-service: invalid value at spec.replicas"));
	}

	@Test
	void reportsServiceSelectorThatMatchesNoPod() {
		Repository.replace(this.base.resolve("photo-service.yaml"),
				"  type: ClusterIP\n  selector:\n    app.kubernetes.io/name: photo-service",
				"  type: ClusterIP\n  selector:\n    app.kubernetes.io/name: photo-svc");

		assertThat(problems(this.production))
			.contains("Service/photo-service: selector {app.kubernetes.io/name=photo-svc} matches no Deployment");
	}

	@Test
	void reportsDeploymentSelectorThatMissesItsOwnPods() {
		Repository.replace(this.base.resolve("gateway.yaml"),
				"  selector:\n    matchLabels:\n      app.kubernetes.io/name: gateway\n  strategy:",
				"  selector:\n    matchLabels:\n      app.kubernetes.io/name: edge\n  strategy:");

		assertThat(problems(this.production)).anyMatch((problem) -> problem
			.startsWith("Deployment/gateway: spec.selector does not match the pod template's labels"));
	}

	@Test
	void reportsProbeOnAPortTheContainerDoesNotDeclare() {
		Repository.replace(this.base.resolve("storage-service.yaml"),
				"            - name: management\n              containerPort: 9183\n", "");

		assertThat(problems(this.production)).contains(
				"Deployment/storage-service container storage-service: livenessProbe uses port management, "
						+ "which the container does not declare",
				"NetworkPolicy/allow-metrics-scraping: port management is not declared by Deployment/storage-service");
	}

	@Test
	void reportsEnvironmentVariableNoApplicationReads() {
		Repository.replace(this.base.resolve("storage-service.yaml"), "  PHOTOAPP_STORAGE_PHOTO_SERVICE_URI:",
				"  PHOTOAPP_STORAGE_PHOTO_SERVICE_URL:");

		assertThat(problems(this.production))
			.contains("Deployment/storage-service container storage-service: environment variable "
					+ "PHOTOAPP_STORAGE_PHOTO_SERVICE_URL sets no property that storage-service reads");
	}

	@Test
	void reportsVariableFromASecretKeyKeyVaultDoesNotMirror() {
		Repository.replace(this.production.resolve("secret-provider-classes.yaml"),
				"- objectName: user-service-db-password\n          key: SPRING_DATASOURCE_PASSWORD",
				"- objectName: user-service-db-password\n          key: DB_PASSWORD");

		assertThat(problems(this.production))
			.contains("Deployment/user-service container user-service: SPRING_DATASOURCE_PASSWORD refers to key "
					+ "SPRING_DATASOURCE_PASSWORD of Secret user-service-secrets, which does not have it");
	}

	@Test
	void reportsSecretThatNoPodMountMirrors() {
		Repository.replace(this.production.resolve("key-vault-volumes.yaml"),
				"              secretProviderClass: photo-service", "              secretProviderClass: photos");

		assertThat(problems(this.production)).contains(
				"Deployment/photo-service: volume key-vault names missing SecretProviderClass photos",
				"Deployment/photo-service container photo-service: Secret photo-service-secrets is neither "
						+ "rendered nor mirrored by a SecretProviderClass the pod mounts");
	}

	@Test
	void reportsAutoscalerWithoutTarget() {
		Repository.replace(this.base.resolve("photo-service.yaml"), "    kind: Deployment\n    name: photo-service",
				"    kind: Deployment\n    name: photos");

		assertThat(problems(this.production))
			.contains("HorizontalPodAutoscaler/photo-service: scaleTargetRef Deployment/photos does not exist");
	}

	@Test
	void reportsUnknownApiVersion() {
		Repository.replace(this.base.resolve("gateway.yaml"), "apiVersion: policy/v1", "apiVersion: policy/v1beta1");

		assertThat(problems(this.production))
			.contains("PodDisruptionBudget/gateway: unknown kind or apiVersion policy/v1beta1/PodDisruptionBudget");
	}

	@Test
	void reportsNetworkPolicyPeerThatSelectsNothing() {
		Repository.replace(this.base.resolve("network-policies.yaml"),
				"        # Registration of uploads and the reconciliation's list of known photos.\n"
						+ "        - podSelector:\n            matchLabels:\n"
						+ "              app.kubernetes.io/name: storage-service",
				"        - podSelector:\n            matchLabels:\n              app.kubernetes.io/name: storage");

		assertThat(problems(this.production))
			.contains("NetworkPolicy/photo-service: peer {matchLabels={app.kubernetes.io/name=storage}} "
					+ "matches no Deployment");
	}

	@Test
	void reportsMissingResourceFile() throws IOException {
		Files.delete(this.base.resolve("network-policies.yaml"));

		assertThat(problems(this.production)).anyMatch((problem) -> problem.endsWith(
				"kustomization.yaml: resource network-policies.yaml does not exist"));
	}

	@Test
	void reportsPatchThatMatchesNothing() {
		Repository.replace(this.production.resolve("scale.yaml"), "  name: storage-service", "  name: storage");

		assertThat(problems(this.production))
			.anyMatch((problem) -> problem.endsWith("patch for HorizontalPodAutoscaler/storage matches no resource"));
	}

	@Test
	void reportsKustomizeFeatureTheCheckerDoesNotRender() {
		Repository.replace(this.production.resolve("kustomization.yaml"), "namespace: photoapp",
				"namespace: photoapp\ncommonLabels:\n  team: photos");

		assertThat(problems(this.production))
			.anyMatch((problem) -> problem.endsWith("field 'commonLabels' is not supported by this checker"));
	}

	private static List<String> problems(Path kustomization) {
		Rendering rendering = Kustomize.render(kustomization);
		List<String> problems = new ArrayList<>(rendering.problems());
		problems.addAll(new ManifestChecker(SETTINGS, false).check(rendering.objects()).problems());
		return problems;
	}

}
