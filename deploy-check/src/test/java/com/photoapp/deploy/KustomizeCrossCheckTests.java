package com.photoapp.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that {@link Kustomize} renders exactly what the real kustomize (inside kubectl) renders, so
 * the checks run on what a cluster would receive. Skipped where kubectl is not installed; the
 * other tests do not need it.
 */
class KustomizeCrossCheckTests {

	@TempDir
	Path temp;

	@ParameterizedTest
	@ValueSource(strings = { "deploy/k8s/base", "deploy/k8s/overlays/production" })
	void rendersWhatKubectlKustomizeRenders(String kustomization) throws Exception {
		assumeTrue(kubectlAvailable(), "kubectl is not installed");

		Map<String, Map<String, Object>> expected = byId(kubectlKustomize(Repository.root().resolve(kustomization)));
		Map<String, Map<String, Object>> rendered = byId(Kustomize.render(Repository.root().resolve(kustomization))
			.objects());

		assertThat(rendered.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		expected.forEach((id, object) -> assertThat(rendered.get(id)).as(id).isEqualTo(object));
	}

	private List<Map<String, Object>> kubectlKustomize(Path directory) throws IOException, InterruptedException {
		Path output = this.temp.resolve("rendered.yaml");
		Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(Files.readString(output, StandardCharsets.UTF_8)).isZero();
		return YamlDocuments.read(output);
	}

	private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> objects) {
		return objects.stream()
			.collect(Collectors.toMap((object) -> ObjectId.of(object).toString(), Function.identity()));
	}

	private static boolean kubectlAvailable() {
		try {
			Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
