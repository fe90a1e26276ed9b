package com.photoapp.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code docker-compose.yml} against the code, which {@code docker-compose config} cannot:
 * every application it builds is a module of the repository and every module is in it, every
 * environment variable sets a property that application reads, addresses and published ports name
 * the port the target really listens on, health checks ask the management port, and start order
 * waits only for services that have a health check.
 */
final class ComposeChecker {

	private static final Set<String> TOP_LEVEL = Set.of("services", "volumes", "networks", "secrets", "configs",
			"name");

	private static final Set<String> SERVICE_FIELDS = Set.of("image", "build", "command", "entrypoint",
			"environment", "ports", "expose", "volumes", "healthcheck", "depends_on", "restart", "networks", "user",
			"working_dir", "labels", "deploy");

	private static final Pattern ADDRESS = Pattern.compile("(?:[a-z]+:)*//([a-z0-9-]+):(\\d+)");

	// What the infrastructure images listen on by default.
	private static final Map<String, Integer> INFRASTRUCTURE_PORTS = Map.of("postgres", 5432, "kafka", 9092,
			"azurite", 10000);

	private final Path root;

	private final SpringSettings settings;

	private final List<String> problems = new ArrayList<>();

	private Map<String, Map<String, Object>> services = Map.of();

	private final Map<String, String> modules = new LinkedHashMap<>();

	/**
	 * A checker for the compose file of a repository.
	 * @param root the repository root, where the modules and the Dockerfile are
	 * @param settings what each application reads
	 */
	ComposeChecker(Path root, SpringSettings settings) {
		this.root = root;
		this.settings = settings;
	}

	/**
	 * Checks a compose file.
	 * @param file the compose file
	 * @param applications the modules that must each run as a service
	 * @return the problems found, one line each; empty when all is well
	 */
	List<String> check(Path file, List<String> applications) {
		Map<String, Object> compose = YamlDocuments.readOne(file);
		compose.keySet()
			.stream()
			.filter((key) -> !TOP_LEVEL.contains(key) && !key.startsWith("x-"))
			.forEach((key) -> this.problems.add("unknown top-level field " + key));
		this.services = new LinkedHashMap<>();
		Maps.map(compose, "services").forEach((name, service) -> this.services.put(name, Maps.cast(service)));
		this.services.forEach((name, service) -> {
			String module = Maps.string(service, "build.args.MODULE");
			if (module != null && this.settings.isApplication(module)) {
				this.modules.put(name, module);
			}
			else if (module != null) {
				this.problems.add(name + ": builds module " + module + ", which is no application of this repository");
			}
		});
		for (String application : applications) {
			if (!this.modules.containsValue(application)) {
				this.problems.add("no service runs " + application);
			}
		}
		this.services.forEach((name, service) -> checkService(name, service, Maps.map(compose, "volumes").keySet()));
		return List.copyOf(this.problems);
	}

	private void checkService(String name, Map<String, Object> service, Set<String> volumes) {
		service.keySet()
			.stream()
			.filter((key) -> !SERVICE_FIELDS.contains(key) && !key.startsWith("x-"))
			.forEach((key) -> this.problems.add(name + ": unknown field " + key));
		String module = this.modules.get(name);
		if (module != null) {
			checkBuild(name, service, module);
		}
		Map<String, String> environment = environment(service);
		for (Map.Entry<String, String> variable : environment.entrySet()) {
			if (module != null && !this.settings.binds(module, variable.getKey())) {
				this.problems.add(name + ": environment variable " + variable.getKey() + " sets no property that "
						+ module + " reads");
			}
			checkAddresses(name + ": " + variable.getKey(), variable.getValue());
		}
		for (Object port : (service.get("ports") instanceof List<?> list) ? list : List.of()) {
			String[] parts = port.toString().split(":");
			int published = Integer.parseInt(parts[parts.length - 1]);
			if (module != null && published != port(name, "server.port")) {
				this.problems.add(name + ": publishes container port " + published + ", but " + module
						+ " listens on " + port(name, "server.port"));
			}
		}
		checkHealthcheck(name, service);
		checkDependencies(name, service);
		checkVolumes(name, service, volumes);
	}

	private void checkBuild(String name, Map<String, Object> service, String module) {
		Path context = this.root.resolve(Objects.requireNonNullElse(Maps.string(service, "build.context"), "."));
		String dockerfile = Objects.requireNonNullElse(Maps.string(service, "build.dockerfile"), "Dockerfile");
		if (!Files.isRegularFile(context.resolve(dockerfile))) {
			this.problems.add(name + ": " + dockerfile + " does not exist in the build context");
		}
	}

	private void checkAddresses(String where, String value) {
		Matcher address = ADDRESS.matcher(value);
		while (address.find()) {
			String host = address.group(1);
			int port = Integer.parseInt(address.group(2));
			if (!this.services.containsKey(host)) {
				if (!"localhost".equals(host)) {
					this.problems.add(where + " points at " + host + ", which is no service");
				}
				continue;
			}
			Integer listening = this.modules.containsKey(host) ? Integer.valueOf(port(host, "server.port"))
					: INFRASTRUCTURE_PORTS.get(host);
			if (listening != null && listening != port) {
				this.problems.add(where + " points at " + host + ":" + port + ", but it listens on " + listening);
			}
		}
	}

	private void checkHealthcheck(String name, Map<String, Object> service) {
		List<?> test = (Maps.get(service, "healthcheck.test") instanceof List<?> list) ? list : List.of();
		if (this.modules.containsKey(name) && test.isEmpty()) {
			this.problems.add(name + ": has no health check");
		}
		if (test.size() >= 3 && "ready".equals(test.get(1))) {
			int port = Integer.parseInt(test.get(2).toString());
			if (!this.modules.containsKey(name) || port != port(name, "management.server.port")) {
				this.problems.add(name + ": health check asks port " + port + ", which is not its management port");
			}
		}
	}

	private void checkDependencies(String name, Map<String, Object> service) {
		Object dependsOn = service.get("depends_on");
		Map<String, Object> dependencies = new LinkedHashMap<>();
		if (dependsOn instanceof List<?> list) {
			list.forEach((item) -> dependencies.put(item.toString(), Map.of()));
		}
		else if (dependsOn instanceof Map<?, ?> map) {
			dependencies.putAll(Maps.cast(map));
		}
		dependencies.forEach((target, options) -> {
			Map<String, Object> dependency = this.services.get(target);
			if (dependency == null) {
				this.problems.add(name + ": depends on " + target + ", which is no service");
			}
			else if ("service_healthy".equals(Maps.string(Maps.cast(options), "condition"))
					&& Maps.get(dependency, "healthcheck.test") == null) {
				this.problems.add(name + ": waits for " + target + " to be healthy, but it has no health check");
			}
		});
	}

	private void checkVolumes(String name, Map<String, Object> service, Set<String> declared) {
		for (Object volume : (service.get("volumes") instanceof List<?> list) ? list : List.of()) {
			String source = volume.toString().split(":")[0];
			if (source.startsWith(".") || source.startsWith("/")) {
				if (!Files.exists(this.root.resolve(source))) {
					this.problems.add(name + ": mounts " + source + ", which does not exist");
				}
			}
			else if (!declared.contains(source)) {
				this.problems.add(name + ": uses volume " + source + ", which is not declared");
			}
		}
	}

	// The port an application listens on: its environment's override, else its application.yml.
	private int port(String service, String property) {
		String variable = property.toUpperCase().replace('.', '_');
		String value = environment(this.services.get(service)).get(variable);
		if (value == null) {
			value = this.settings.defaultValue(this.modules.get(service), property);
		}
		return Integer.parseInt(value);
	}

	private static Map<String, String> environment(Map<String, Object> service) {
		Map<String, String> environment = new LinkedHashMap<>();
		Object value = service.get("environment");
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> environment.put(key.toString(), String.valueOf(item)));
		}
		else if (value instanceof List<?> list) {
			for (Object item : list) {
				String[] pair = item.toString().split("=", 2);
				environment.put(pair[0], (pair.length > 1) ? pair[1] : "");
			}
		}
		return environment;
	}

}
