package com.photoapp.deploy;

import java.util.List;
import java.util.Map;

/**
 * Kubernetes label selectors: {@code matchLabels} and {@code matchExpressions}; a selector without
 * either matches everything, as in a NetworkPolicy's {@code podSelector: {}}.
 */
final class Selectors {

	private Selectors() {
	}

	static boolean matches(Map<String, Object> selector, Map<String, String> labels) {
		for (Map.Entry<String, Object> wanted : Maps.map(selector, "matchLabels").entrySet()) {
			if (!String.valueOf(wanted.getValue()).equals(labels.get(wanted.getKey()))) {
				return false;
			}
		}
		return Maps.list(selector, "matchExpressions").stream().allMatch((expression) -> holds(expression, labels));
	}

	private static boolean holds(Map<String, Object> expression, Map<String, String> labels) {
		String value = labels.get(Maps.string(expression, "key"));
		List<?> values = (expression.get("values") instanceof List<?> list) ? list : List.of();
		return switch (Maps.string(expression, "operator")) {
			case "In" -> value != null && values.contains(value);
			case "NotIn" -> value == null || !values.contains(value);
			case "Exists" -> value != null;
			case "DoesNotExist" -> value == null;
			default -> false;
		};
	}

}
