package com.photoapp.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pod template of a workload and its containers.
 */
final class Workloads {

	private Workloads() {
	}

	static boolean isDeployment(Map<String, Object> object) {
		return "Deployment".equals(object.get("kind"));
	}

	static Map<String, Object> podSpec(Map<String, Object> object) {
		return Maps.map(object, "spec.template.spec");
	}

	static Map<String, String> podLabels(Map<String, Object> object) {
		return Maps.labels(Maps.map(object, "spec.template.metadata"));
	}

	/** Containers and init containers of a Deployment; none for any other kind. */
	static List<Map<String, Object>> containers(Map<String, Object> object) {
		List<Map<String, Object>> containers = new ArrayList<>();
		if (isDeployment(object)) {
			containers.addAll(Maps.list(object, "spec.template.spec.initContainers"));
			containers.addAll(Maps.list(object, "spec.template.spec.containers"));
		}
		return containers;
	}

}
