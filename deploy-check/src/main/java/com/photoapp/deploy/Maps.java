package com.photoapp.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Navigation in the untyped maps and lists that YAML documents are read into.
 */
final class Maps {

	private Maps() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> cast(Object value) {
		return (Map<String, Object>) value;
	}

	/** The map at a dotted path, or an empty one if any step is missing. */
	static Map<String, Object> map(Map<String, Object> root, String path) {
		Object value = get(root, path);
		return (value instanceof Map<?, ?>) ? cast(value) : Map.of();
	}

	/** The list of maps at a dotted path, or an empty one if any step is missing. */
	static List<Map<String, Object>> list(Map<String, Object> root, String path) {
		Object value = get(root, path);
		List<Map<String, Object>> maps = new ArrayList<>();
		if (value instanceof List<?> items) {
			for (Object item : items) {
				if (item instanceof Map<?, ?>) {
					maps.add(cast(item));
				}
			}
		}
		return maps;
	}

	/** The text at a dotted path, or {@code null}. */
	static String string(Map<String, Object> root, String path) {
		Object value = get(root, path);
		return (value != null) ? value.toString() : null;
	}

	/** The value at a dotted path, or {@code null} if any step is missing. */
	static Object get(Map<String, Object> root, String path) {
		Object current = root;
		for (String step : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(step);
		}
		return current;
	}

	/** A deep copy, so a renderer can change objects without touching what it read. */
	static Object copy(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(key.toString(), copy(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(copy(item)));
			return copy;
		}
		return value;
	}

	/** Labels of an object or template, as text. */
	static Map<String, String> labels(Map<String, Object> metadata) {
		Map<String, String> labels = new LinkedHashMap<>();
		map(metadata, "labels").forEach((key, value) -> labels.put(key, String.valueOf(value)));
		return labels;
	}

}
