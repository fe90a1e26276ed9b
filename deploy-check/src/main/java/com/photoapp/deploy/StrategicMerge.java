package com.photoapp.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch the overlays use: maps merge key by key, and lists
 * whose items all have a merge key (containers, volumes and env by {@code name}, volume mounts by
 * {@code mountPath}) merge item by item; any other list is replaced.
 */
final class StrategicMerge {

	private static final List<String> MERGE_KEYS = List.of("name", "mountPath", "containerPort");

	private StrategicMerge() {
	}

	/**
	 * Applies a patch in place.
	 * @param target the object to change
	 * @param patch the patch
	 */
	static void apply(Map<String, Object> target, Map<String, Object> patch) {
		patch.forEach((key, value) -> {
			Object current = target.get(key);
			if (value instanceof Map<?, ?> patchMap && current instanceof Map<?, ?> targetMap) {
				apply(Maps.cast(targetMap), Maps.cast(patchMap));
			}
			else if (value instanceof List<?> patchList && current instanceof List<?> targetList) {
				target.put(key, mergeLists(targetList, patchList));
			}
			else {
				target.put(key, Maps.copy(value));
			}
		});
	}

	private static List<Object> mergeLists(List<?> target, List<?> patch) {
		String mergeKey = mergeKey(target, patch);
		if (mergeKey == null) {
			return new ArrayList<>(patch.stream().map(Maps::copy).toList());
		}
		List<Object> merged = new ArrayList<>(target.stream().map(Maps::copy).toList());
		for (Object item : patch) {
			Map<String, Object> patchItem = Maps.cast(item);
			Map<String, Object> existing = find(merged, mergeKey, patchItem.get(mergeKey));
			if (existing != null) {
				apply(existing, patchItem);
			}
			else {
				// The API server puts new items first; kustomize does the same.
				merged.addFirst(Maps.copy(patchItem));
			}
		}
		return merged;
	}

	private static String mergeKey(List<?> target, List<?> patch) {
		for (String key : MERGE_KEYS) {
			if (allMapsWith(target, key) && allMapsWith(patch, key)) {
				return key;
			}
		}
		return null;
	}

	private static boolean allMapsWith(List<?> items, String key) {
		return items.stream().allMatch((item) -> item instanceof Map<?, ?> map && map.containsKey(key));
	}

	private static Map<String, Object> find(List<Object> items, String key, Object value) {
		for (Object item : items) {
			Map<String, Object> map = Maps.cast(item);
			if (value != null && value.equals(map.get(key))) {
				return map;
			}
		}
		return null;
	}

}
