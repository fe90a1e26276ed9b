package com.photoapp.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The settings each application of the repository reads, and whether an environment variable sets
 * one of them under Spring Boot's relaxed binding. A property counts as read when the application's
 * {@code application.yml} names it, when a {@code @ConfigurationProperties} record of the
 * application (or of a project module it depends on) declares it, or when Spring Boot's
 * configuration metadata on the class path lists it. Binding is decided by Spring Boot's own
 * mapping of environment variables, not by a copy of its rules.
 */
final class SpringSettings {

	// Read by the JVM itself, not by Spring.
	private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

	private static final Pattern PROPERTIES_RECORD = Pattern
		.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)[^{]*?record\\s+\\w+\\s*\\(");

	private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+(\\([^)]*\\))?");

	private static final Pattern PROJECT_DEPENDENCY = Pattern
		.compile("<groupId>com\\.photoapp</groupId>\\s*<artifactId>([\\w-]+)</artifactId>(?!\\s*<scope>test)");

	private final Path root;

	private final Map<String, Names> applications = new HashMap<>();

	private final Names boot;

	private SpringSettings(Path root, Names boot) {
		this.root = root;
		this.boot = boot;
	}

	/**
	 * The settings of every application in a repository, with Spring Boot's metadata from the class
	 * path.
	 * @param root the repository's root directory
	 * @return the settings
	 */
	static SpringSettings of(Path root) {
		return new SpringSettings(root, bootMetadata());
	}

	/** Whether a module is a Spring Boot application of this repository (it has an application.yml). */
	boolean isApplication(String module) {
		return module != null && Files.isRegularFile(applicationYaml(module));
	}

	/**
	 * Whether an environment variable sets a property the application reads.
	 * @param module the application, such as {@code storage-service}
	 * @param variable the variable's name, such as {@code PHOTOAPP_STORAGE_ENDPOINT}
	 * @return whether Spring Boot would bind it to a property the application knows
	 */
	boolean binds(String module, String variable) {
		if (JVM_VARIABLES.contains(variable)) {
			return true;
		}
		ConfigurationPropertySource source = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "value")));
		return application(module).boundBy(source) || this.boot.boundBy(source);
	}

	/**
	 * A property's value in an application's {@code application.yml}, such as its port.
	 * @param module the application
	 * @param property the property, such as {@code server.port}
	 * @return the value, or {@code null}
	 */
	String defaultValue(String module, String property) {
		Map<String, Object> yaml = YamlDocuments.read(applicationYaml(module)).getFirst();
		Object value = yaml;
		for (String step : property.split("\\.")) {
			value = (value instanceof Map<?, ?> map) ? map.get(step) : null;
		}
		return (value != null) ? value.toString() : null;
	}

	private Names application(String module) {
		return this.applications.computeIfAbsent(module, this::readApplication);
	}

	private Names readApplication(String module) {
		Names names = new Names();
		for (Map<String, Object> document : YamlDocuments.read(applicationYaml(module))) {
			flatten("", document, names.exact);
		}
		for (String project : modulesOf(module)) {
			records(this.root.resolve(project).resolve("src/main/java"), names.prefixes);
		}
		return names;
	}

	private Path applicationYaml(String module) {
		return this.root.resolve(module).resolve("src/main/resources/application.yml");
	}

	// The module itself and the project modules it depends on at run time.
	private List<String> modulesOf(String module) {
		List<String> modules = new ArrayList<>(List.of(module));
		try {
			String pom = Files.readString(this.root.resolve(module).resolve("pom.xml"));
			Matcher dependency = PROJECT_DEPENDENCY.matcher(pom);
			while (dependency.find()) {
				modules.add(dependency.group(1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return modules;
	}

	private static void flatten(String prefix, Map<String, Object> map, Set<String> names) {
		map.forEach((key, value) -> {
			String name = prefix.isEmpty() ? key : prefix + "." + key;
			if (value instanceof Map<?, ?> nested) {
				flatten(name, Maps.cast(nested), names);
			}
			else {
				names.add(name);
			}
		});
	}

	// Each record component is a property; nested records and maps below it count as its descendants.
	private static void records(Path sources, Set<String> names) {
		if (!Files.isDirectory(sources)) {
			return;
		}
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher record = PROPERTIES_RECORD.matcher(source);
				while (record.find()) {
					for (String component : components(source, record.end())) {
						names.add(record.group(1) + "." + kebab(component));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> components(String source, int start) {
		int depth = 1;
		int end = start;
		while (depth > 0) {
			char next = source.charAt(end++);
			depth += (next == '(') ? 1 : (next == ')') ? -1 : 0;
		}
		String declaration = ANNOTATION.matcher(source.substring(start, end - 1)).replaceAll(" ");
		List<String> names = new ArrayList<>();
		int angle = 0;
		StringBuilder component = new StringBuilder();
		for (char c : (declaration + ",").toCharArray()) {
			angle += (c == '<') ? 1 : (c == '>') ? -1 : 0;
			if (c == ',' && angle == 0) {
				String[] words = component.toString().trim().split("\\s+");
				names.add(words[words.length - 1]);
				component.setLength(0);
			}
			else {
				component.append(c);
			}
		}
		return names;
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private static Names bootMetadata() {
		Names names = new Names();
		ObjectMapper json = new ObjectMapper();
		try {
			for (URL url : Collections.list(SpringSettings.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream in = url.openStream()) {
					for (JsonNode property : json.readTree(in).path("properties")) {
						String name = property.path("name").asText();
						boolean map = property.path("type").asText().startsWith("java.util.Map");
						(map ? names.prefixes : names.exact).add(name);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	/** Property names a variable may set exactly, and prefixes it may set anything below. */
	private static final class Names {

		private final Set<String> exact = new LinkedHashSet<>();

		private final Set<String> prefixes = new HashSet<>();

		boolean boundBy(ConfigurationPropertySource source) {
			for (String name : this.exact) {
				ConfigurationPropertyName property = adapt(name);
				if (property != null && found(source.getConfigurationProperty(property))) {
					return true;
				}
			}
			for (String name : this.prefixes) {
				ConfigurationPropertyName property = adapt(name);
				if (property != null && (found(source.getConfigurationProperty(property))
						|| source.containsDescendantOf(property) == ConfigurationPropertyState.PRESENT)) {
					return true;
				}
			}
			return false;
		}

		private static boolean found(ConfigurationProperty property) {
			return property != null;
		}

		private static ConfigurationPropertyName adapt(String name) {
			ConfigurationPropertyName adapted = ConfigurationPropertyName.adapt(name, '.');
			return adapted.isEmpty() ? null : adapted;
		}

	}

}
