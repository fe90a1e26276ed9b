package com.photoapp.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the features this repository
 * uses: {@code resources} (files and directories), {@code namespace}, {@code images} and strategic
 * merge {@code patches} given by path. Anything else in a kustomization is reported rather than
 * ignored, so a feature this renderer lacks cannot pass unchecked. {@code KustomizeCrossCheckTests}
 * compares its output with the real kustomize where kubectl is installed.
 */
final class Kustomize {

	private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "images",
			"patches");

	private static final Set<String> IMAGE_FIELDS = Set.of("name", "newName", "newTag");

	private final List<String> problems = new ArrayList<>();

	private Kustomize() {
	}

	/**
	 * Renders the kustomization in a directory.
	 * @param directory a directory with a {@code kustomization.yaml}
	 * @return the objects, or the problems that kept it from rendering faithfully
	 */
	static Rendering render(Path directory) {
		Kustomize kustomize = new Kustomize();
		List<Map<String, Object>> objects = kustomize.build(directory.toAbsolutePath().normalize(), new HashSet<>());
		return new Rendering(objects, List.copyOf(kustomize.problems));
	}

	private List<Map<String, Object>> build(Path directory, Set<Path> visiting) {
		Path file = directory.resolve("kustomization.yaml");
		if (!Files.isRegularFile(file)) {
			this.problems.add(directory + ": no kustomization.yaml");
			return List.of();
		}
		if (!visiting.add(directory)) {
			this.problems.add(directory + ": resources refer back to this kustomization");
			return List.of();
		}
		Map<String, Object> kustomization = YamlDocuments.readOne(file);
		checkFields(file, kustomization);
		List<Map<String, Object>> objects = resources(directory, kustomization, visiting);
		patch(directory, kustomization, objects);
		images(file, kustomization, objects);
		String namespace = Maps.string(kustomization, "namespace");
		if (namespace != null) {
			objects.forEach((object) -> metadata(object).put("namespace", namespace));
		}
		visiting.remove(directory);
		return objects;
	}

	private void checkFields(Path file, Map<String, Object> kustomization) {
		for (String field : kustomization.keySet()) {
			if (!FIELDS.contains(field)) {
				this.problems.add(file + ": field '" + field + "' is not supported by this checker");
			}
		}
		if (!"Kustomization".equals(kustomization.get("kind"))
				|| !"kustomize.config.k8s.io/v1beta1".equals(kustomization.get("apiVersion"))) {
			this.problems.add(file + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
		}
	}

	private List<Map<String, Object>> resources(Path directory, Map<String, Object> kustomization,
			Set<Path> visiting) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object entry : listOf(kustomization.get("resources"))) {
			Path resource = directory.resolve(entry.toString()).normalize();
			if (Files.isDirectory(resource)) {
				objects.addAll(build(resource, visiting));
			}
			else if (Files.isRegularFile(resource)) {
				objects.addAll(YamlDocuments.read(resource));
			}
			else {
				this.problems.add(directory.resolve("kustomization.yaml") + ": resource " + entry + " does not exist");
			}
		}
		return objects;
	}

	private void patch(Path directory, Map<String, Object> kustomization, List<Map<String, Object>> objects) {
		for (Object entry : listOf(kustomization.get("patches"))) {
			Map<String, Object> patch = (entry instanceof Map<?, ?>) ? Maps.cast(entry) : Map.of();
			if (patch.size() != 1 || !patch.containsKey("path")) {
				this.problems.add(directory + ": only patches given by 'path' are supported, not " + entry);
				continue;
			}
			Path file = directory.resolve(patch.get("path").toString()).normalize();
			if (!Files.isRegularFile(file)) {
				this.problems.add(directory.resolve("kustomization.yaml") + ": patch " + file + " does not exist");
				continue;
			}
			for (Map<String, Object> document : YamlDocuments.read(file)) {
				Map<String, Object> target = find(objects, document);
				if (target == null) {
					this.problems.add(file + ": patch for " + ObjectId.of(document) + " matches no resource");
				}
				else {
					StrategicMerge.apply(target, document);
				}
			}
		}
	}

	private void images(Path file, Map<String, Object> kustomization, List<Map<String, Object>> objects) {
		for (Object entry : listOf(kustomization.get("images"))) {
			Map<String, Object> image = Maps.cast(entry);
			if (!IMAGE_FIELDS.containsAll(image.keySet()) || image.get("name") == null) {
				this.problems.add(file + ": image entry " + image + " uses fields other than " + IMAGE_FIELDS);
				continue;
			}
			int replaced = 0;
			for (Map<String, Object> object : objects) {
				for (Map<String, Object> container : Workloads.containers(object)) {
					if (imageName(String.valueOf(container.get("image"))).equals(image.get("name"))) {
						container.put("image", newImage(container.get("image").toString(), image));
						replaced++;
					}
				}
			}
			if (replaced == 0) {
				this.problems.add(file + ": image " + image.get("name") + " is used by no container");
			}
		}
	}

	private static String newImage(String current, Map<String, Object> image) {
		String name = Objects.toString(image.get("newName"), imageName(current));
		String tag = (image.get("newTag") != null) ? image.get("newTag").toString() : tag(current);
		return (tag != null) ? name + ":" + tag : name;
	}

	private static String imageName(String image) {
		int slash = image.lastIndexOf('/');
		int colon = image.indexOf(':', slash + 1);
		return (colon < 0) ? image : image.substring(0, colon);
	}

	private static String tag(String image) {
		int slash = image.lastIndexOf('/');
		int colon = image.indexOf(':', slash + 1);
		return (colon < 0) ? null : image.substring(colon + 1);
	}

	private static Map<String, Object> find(List<Map<String, Object>> objects, Map<String, Object> patch) {
		ObjectId wanted = ObjectId.of(patch);
		return objects.stream().filter((object) -> ObjectId.of(object).sameAs(wanted)).findFirst().orElse(null);
	}

	private static Map<String, Object> metadata(Map<String, Object> object) {
		return Maps.cast(object.computeIfAbsent("metadata", (key) -> new LinkedHashMap<>()));
	}

	private static List<?> listOf(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	/**
	 * What a kustomization renders to.
	 * @param objects the Kubernetes objects, in order
	 * @param problems what kept the rendering from being faithful; empty when all is well
	 */
	record Rendering(List<Map<String, Object>> objects, List<String> problems) {
	}

}
