package com.photoapp.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks rendered Kubernetes objects the way a cluster would find out too late: each object against
 * its API type ({@link KubernetesSchema}), required fields, and every reference between objects:
 * selectors against pod labels, probe and Service ports against the container's ports, autoscaler
 * and budget targets, configuration and secret keys, and every environment variable against the
 * settings the application reads ({@link SpringSettings}).
 */
final class ManifestChecker {

	private static final String CSI_DRIVER = "secrets-store.csi.k8s.io";

	private final KubernetesSchema schema = new KubernetesSchema();

	private final SpringSettings settings;

	private final boolean externalSecretsAllowed;

	private final List<String> problems = new ArrayList<>();

	private final Set<String> externalSecrets = new TreeSet<>();

	private List<Map<String, Object>> objects = List.of();

	/**
	 * A checker.
	 * @param settings what each application reads, to check environment variable names
	 * @param externalSecretsAllowed whether a reference to a Secret that is not rendered is allowed
	 * (a base whose overlays provide it); such references are reported in
	 * {@link Report#externalSecrets()}
	 */
	ManifestChecker(SpringSettings settings, boolean externalSecretsAllowed) {
		this.settings = settings;
		this.externalSecretsAllowed = externalSecretsAllowed;
	}

	/**
	 * Checks a complete set of objects, such as one kustomization's rendering.
	 * @param objects the objects
	 * @return what was found
	 */
	Report check(List<Map<String, Object>> objects) {
		this.objects = objects;
		Set<String> ids = new HashSet<>();
		for (Map<String, Object> object : objects) {
			ObjectId id = ObjectId.of(object);
			if (!ids.add(id.kind() + "/" + id.namespace() + "/" + id.name())) {
				this.problems.add(id + ": defined twice");
			}
			this.problems.addAll(this.schema.check(object));
			if (KubernetesSchema.isKnown(id.apiVersion(), id.kind())) {
				checkObject(id, object);
			}
		}
		return new Report(List.copyOf(this.problems), Set.copyOf(this.externalSecrets));
	}

	private void checkObject(ObjectId id, Map<String, Object> object) {
		require(id, object, "metadata.name");
		switch (id.kind()) {
			case "Deployment" -> checkDeployment(id, object);
			case "Service" -> checkService(id, object);
			case "HorizontalPodAutoscaler" -> checkAutoscaler(id, object);
			case "PodDisruptionBudget" -> checkDisruptionBudget(id, object);
			case "NetworkPolicy" -> checkNetworkPolicy(id, object);
			case "Ingress" -> checkIngress(id, object);
			case "SecretProviderClass" -> require(id, object, "spec.provider");
			default -> {
			}
		}
	}

	private void checkDeployment(ObjectId id, Map<String, Object> deployment) {
		require(id, deployment, "spec.selector", "spec.template.metadata.labels", "spec.template.spec.containers");
		Map<String, String> podLabels = Workloads.podLabels(deployment);
		Map<String, Object> selector = Maps.map(deployment, "spec.selector");
		if (selector.isEmpty() || !Selectors.matches(selector, podLabels)) {
			this.problems.add(id + ": spec.selector does not match the pod template's labels " + podLabels);
		}
		Map<String, Object> pod = Workloads.podSpec(deployment);
		String account = Maps.string(pod, "serviceAccountName");
		if (account != null && find("ServiceAccount", account) == null) {
			this.problems.add(id + ": service account " + account + " does not exist");
		}
		for (Map<String, Object> constraint : Maps.list(pod, "topologySpreadConstraints")) {
			if (!Selectors.matches(Maps.map(constraint, "labelSelector"), podLabels)) {
				this.problems.add(id + ": a topology spread constraint selects other pods than its own");
			}
		}
		Set<String> volumes = new HashSet<>();
		for (Map<String, Object> volume : Maps.list(pod, "volumes")) {
			volumes.add(Maps.string(volume, "name"));
			checkVolume(id, volume);
		}
		for (Map<String, Object> container : Maps.list(pod, "containers")) {
			checkContainer(id, deployment, container, volumes);
		}
	}

	private void checkContainer(ObjectId id, Map<String, Object> deployment, Map<String, Object> container,
			Set<String> volumes) {
		String where = id + " container " + container.get("name");
		for (String field : List.of("name", "image", "resources.requests.cpu", "resources.requests.memory",
				"resources.limits.cpu", "resources.limits.memory", "livenessProbe", "readinessProbe")) {
			if (Maps.get(container, field) == null) {
				this.problems.add(where + ": " + field + " is missing");
			}
		}
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			Object port = probePort(Maps.map(container, probe));
			if (port != null && !declaresPort(container, port)) {
				this.problems
					.add(where + ": " + probe + " uses port " + port + ", which the container does not declare");
			}
		}
		for (Map<String, Object> mount : Maps.list(container, "volumeMounts")) {
			if (!volumes.contains(Maps.string(mount, "name"))) {
				this.problems.add(where + ": mounts volume " + mount.get("name") + ", which the pod does not have");
			}
		}
		checkEnvironment(where, deployment, container);
	}

	private void checkEnvironment(String where, Map<String, Object> deployment, Map<String, Object> container) {
		List<String> variables = new ArrayList<>();
		for (Map<String, Object> source : Maps.list(container, "envFrom")) {
			String configMap = Maps.string(source, "configMapRef.name");
			if (configMap != null) {
				Map<String, Object> found = find("ConfigMap", configMap);
				if (found == null) {
					this.problems.add(where + ": envFrom names ConfigMap " + configMap + ", which does not exist");
				}
				else {
					variables.addAll(Maps.map(found, "data").keySet());
				}
			}
			String secret = Maps.string(source, "secretRef.name");
			if (secret != null) {
				Set<String> keys = secretKeys(where, deployment, secret);
				if (keys == null) {
					this.problems.add(where + ": envFrom names Secret " + secret
							+ " whose keys are unknown here; name each variable instead");
				}
				else {
					variables.addAll(keys);
				}
			}
		}
		for (Map<String, Object> variable : Maps.list(container, "env")) {
			variables.add(Maps.string(variable, "name"));
			checkKeyReference(where, deployment, variable);
		}
		String module = Maps.string(container, "name");
		if (this.settings != null && this.settings.isApplication(module)) {
			for (String variable : variables) {
				if (!this.settings.binds(module, variable)) {
					this.problems.add(where + ": environment variable " + variable
							+ " sets no property that " + module + " reads");
				}
			}
		}
	}

	private void checkKeyReference(String where, Map<String, Object> deployment, Map<String, Object> variable) {
		String configMap = Maps.string(variable, "valueFrom.configMapKeyRef.name");
		if (configMap != null) {
			String key = Maps.string(variable, "valueFrom.configMapKeyRef.key");
			Map<String, Object> found = find("ConfigMap", configMap);
			if (found == null || !Maps.map(found, "data").containsKey(key)) {
				this.problems.add(where + ": " + variable.get("name") + " refers to " + configMap + "/" + key
						+ ", which does not exist");
			}
		}
		String secret = Maps.string(variable, "valueFrom.secretKeyRef.name");
		if (secret != null) {
			String key = Maps.string(variable, "valueFrom.secretKeyRef.key");
			Set<String> keys = secretKeys(where, deployment, secret);
			if (keys != null && !keys.contains(key)) {
				this.problems.add(where + ": " + variable.get("name") + " refers to key " + key + " of Secret " + secret
						+ ", which does not have it");
			}
			if (keys == null) {
				this.externalSecrets.add(secret + "/" + key);
			}
		}
	}

	// The keys of a Secret in the rendering, or mirrored by a SecretProviderClass the pod mounts;
	// null if it is external (and allowed to be).
	private Set<String> secretKeys(String where, Map<String, Object> deployment, String name) {
		Map<String, Object> secret = find("Secret", name);
		if (secret != null) {
			Set<String> keys = new HashSet<>(Maps.map(secret, "data").keySet());
			keys.addAll(Maps.map(secret, "stringData").keySet());
			return keys;
		}
		for (Map<String, Object> volume : Maps.list(Workloads.podSpec(deployment), "volumes")) {
			if (!CSI_DRIVER.equals(Maps.string(volume, "csi.driver"))) {
				continue;
			}
			Map<String, Object> provider = find("SecretProviderClass",
					Maps.string(volume, "csi.volumeAttributes.secretProviderClass"));
			for (Map<String, Object> mirrored : (provider != null) ? Maps.list(provider, "spec.secretObjects")
					: List.<Map<String, Object>>of()) {
				if (name.equals(Maps.string(mirrored, "secretName"))) {
					Set<String> keys = new HashSet<>();
					Maps.list(mirrored, "data").forEach((item) -> keys.add(Maps.string(item, "key")));
					return keys;
				}
			}
		}
		if (!this.externalSecretsAllowed) {
			this.problems.add(where + ": Secret " + name
					+ " is neither rendered nor mirrored by a SecretProviderClass the pod mounts");
			return Set.of();
		}
		return null;
	}

	private void checkVolume(ObjectId id, Map<String, Object> volume) {
		String configMap = Maps.string(volume, "configMap.name");
		if (configMap != null && find("ConfigMap", configMap) == null) {
			this.problems.add(id + ": volume " + volume.get("name") + " names missing ConfigMap " + configMap);
		}
		if (CSI_DRIVER.equals(Maps.string(volume, "csi.driver"))) {
			String provider = Maps.string(volume, "csi.volumeAttributes.secretProviderClass");
			if (find("SecretProviderClass", provider) == null) {
				this.problems.add(id + ": volume " + volume.get("name") + " names missing SecretProviderClass "
						+ provider);
			}
		}
	}

	private void checkService(ObjectId id, Map<String, Object> service) {
		require(id, service, "spec.selector", "spec.ports");
		List<Map<String, Object>> targets = selected(Map.of("matchLabels", Maps.map(service, "spec.selector")));
		if (targets.isEmpty()) {
			this.problems.add(id + ": selector " + Maps.map(service, "spec.selector") + " matches no Deployment");
		}
		for (Map<String, Object> port : Maps.list(service, "spec.ports")) {
			Object target = Objects.requireNonNullElse(port.get("targetPort"), port.get("port"));
			for (Map<String, Object> deployment : targets) {
				if (Workloads.containers(deployment).stream().noneMatch((c) -> declaresPort(c, target))) {
					this.problems.add(id + ": targetPort " + target + " is not declared by Deployment/"
							+ Maps.string(deployment, "metadata.name"));
				}
			}
		}
	}

	private void checkAutoscaler(ObjectId id, Map<String, Object> autoscaler) {
		require(id, autoscaler, "spec.scaleTargetRef.kind", "spec.scaleTargetRef.name", "spec.maxReplicas");
		String kind = Maps.string(autoscaler, "spec.scaleTargetRef.kind");
		String name = Maps.string(autoscaler, "spec.scaleTargetRef.name");
		Map<String, Object> target = find(kind, name);
		if (target == null) {
			this.problems.add(id + ": scaleTargetRef " + kind + "/" + name + " does not exist");
			return;
		}
		Object min = Maps.get(autoscaler, "spec.minReplicas");
		Object max = Maps.get(autoscaler, "spec.maxReplicas");
		if (min instanceof Integer low && max instanceof Integer high && low > high) {
			this.problems.add(id + ": minReplicas " + low + " exceeds maxReplicas " + high);
		}
		boolean scalesOnCpu = Maps.list(autoscaler, "spec.metrics")
			.stream()
			.anyMatch((metric) -> "cpu".equals(Maps.string(metric, "resource.name")));
		if (scalesOnCpu && Workloads.containers(target).stream()
			.anyMatch((container) -> Maps.get(container, "resources.requests.cpu") == null)) {
			this.problems.add(id + ": scales on CPU utilisation, but a container of " + name + " requests no CPU");
		}
	}

	private void checkDisruptionBudget(ObjectId id, Map<String, Object> budget) {
		require(id, budget, "spec.selector");
		if (selected(Maps.map(budget, "spec.selector")).isEmpty()) {
			this.problems.add(id + ": selector matches no Deployment");
		}
		boolean min = Maps.get(budget, "spec.minAvailable") != null;
		boolean max = Maps.get(budget, "spec.maxUnavailable") != null;
		if (min == max) {
			this.problems.add(id + ": set exactly one of spec.minAvailable and spec.maxUnavailable");
		}
	}

	private void checkNetworkPolicy(ObjectId id, Map<String, Object> policy) {
		require(id, policy, "spec.podSelector");
		Map<String, Object> podSelector = Maps.map(policy, "spec.podSelector");
		List<Map<String, Object>> subjects = selected(podSelector);
		if (subjects.isEmpty()) {
			this.problems.add(id + ": podSelector matches no Deployment");
		}
		for (Map<String, Object> rule : Maps.list(policy, "spec.ingress")) {
			checkPeers(id, Maps.list(rule, "from"));
			for (Map<String, Object> port : Maps.list(rule, "ports")) {
				checkPolicyPort(id, subjects, port.get("port"));
			}
		}
		for (Map<String, Object> rule : Maps.list(policy, "spec.egress")) {
			List<Map<String, Object>> peers = checkPeers(id, Maps.list(rule, "to"));
			for (Map<String, Object> port : Maps.list(rule, "ports")) {
				checkPolicyPort(id, peers, port.get("port"));
			}
		}
	}

	// Peers in this namespace chosen by labels; other namespaces and address blocks are outside.
	private List<Map<String, Object>> checkPeers(ObjectId id, List<Map<String, Object>> peers) {
		List<Map<String, Object>> local = new ArrayList<>();
		for (Map<String, Object> peer : peers) {
			if (peer.containsKey("podSelector") && !peer.containsKey("namespaceSelector")) {
				List<Map<String, Object>> matched = selected(Maps.map(peer, "podSelector"));
				if (matched.isEmpty()) {
					this.problems.add(id + ": peer " + peer.get("podSelector") + " matches no Deployment");
				}
				local.addAll(matched);
			}
		}
		return local;
	}

	private void checkPolicyPort(ObjectId id, List<Map<String, Object>> deployments, Object port) {
		for (Map<String, Object> deployment : deployments) {
			if (port != null && Workloads.containers(deployment).stream().noneMatch((c) -> declaresPort(c, port))) {
				this.problems.add(id + ": port " + port + " is not declared by Deployment/"
						+ Maps.string(deployment, "metadata.name"));
			}
		}
	}

	private void checkIngress(ObjectId id, Map<String, Object> ingress) {
		for (Map<String, Object> rule : Maps.list(ingress, "spec.rules")) {
			for (Map<String, Object> path : Maps.list(rule, "http.paths")) {
				String name = Maps.string(path, "backend.service.name");
				Map<String, Object> service = find("Service", name);
				Object port = Objects.requireNonNullElse(Maps.get(path, "backend.service.port.name"),
						Maps.get(path, "backend.service.port.number"));
				if (service == null) {
					this.problems.add(id + ": backend Service " + name + " does not exist");
				}
				else if (Maps.list(service, "spec.ports").stream()
					.noneMatch((p) -> port.equals(p.get("name")) || port.equals(p.get("port")))) {
					this.problems.add(id + ": Service " + name + " has no port " + port);
				}
			}
		}
	}

	private void require(ObjectId id, Map<String, Object> object, String... paths) {
		for (String path : paths) {
			if (Maps.get(object, path) == null) {
				this.problems.add(id + ": required field " + path + " is missing");
			}
		}
	}

	private List<Map<String, Object>> selected(Map<String, Object> selector) {
		return this.objects.stream()
			.filter(Workloads::isDeployment)
			.filter((deployment) -> Selectors.matches(selector, Workloads.podLabels(deployment)))
			.toList();
	}

	private Map<String, Object> find(String kind, String name) {
		return this.objects.stream()
			.filter((object) -> kind.equals(object.get("kind")) && Objects.equals(name,
					Maps.string(object, "metadata.name")))
			.findFirst()
			.orElse(null);
	}

	private static Object probePort(Map<String, Object> probe) {
		Object port = Maps.get(probe, "httpGet.port");
		return (port != null) ? port : Maps.get(probe, "tcpSocket.port");
	}

	private static boolean declaresPort(Map<String, Object> container, Object port) {
		return Maps.list(container, "ports")
			.stream()
			.anyMatch((declared) -> port.equals(declared.get("name")) || port.equals(declared.get("containerPort")));
	}

	/**
	 * What a check found.
	 * @param problems one line per problem; empty when all is well
	 * @param externalSecrets {@code secret/key} pairs used but not defined here, when that is allowed
	 */
	record Report(List<String> problems, Set<String> externalSecrets) {
	}

}
