package com.photoapp.deploy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Reads each object into its Kubernetes API type (fabric8's model) and refuses what the API server
 * would refuse: an unknown kind or version, a field the type does not have, a value of the wrong
 * type. fabric8 keeps unknown fields in a catch-all map by default; this reader takes that map
 * away, so a misspelt {@code readinesProbe} is an error instead of being dropped silently.
 */
final class KubernetesSchema {

	private static final Map<String, Class<?>> TYPES = Map.of("v1/ConfigMap", ConfigMap.class, "v1/Secret",
			Secret.class, "v1/Service", Service.class, "v1/ServiceAccount", ServiceAccount.class,
			"apps/v1/Deployment", Deployment.class, "autoscaling/v2/HorizontalPodAutoscaler",
			HorizontalPodAutoscaler.class, "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
			"networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class, "networking.k8s.io/v1/Ingress",
			Ingress.class, "secrets-store.csi.x-k8s.io/v1/SecretProviderClass", SecretProviderClass.class);

	private final ObjectMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
		.addModule(new SimpleModule().setDeserializerModifier(new WithoutCatchAll()))
		.build();

	/**
	 * What is wrong with one object's schema.
	 * @param object the object as read from YAML
	 * @return problems, each naming the object and the field; empty when the object is valid
	 */
	List<String> check(Map<String, Object> object) {
		ObjectId id = ObjectId.of(object);
		Class<?> type = TYPES.get(id.apiVersion() + "/" + id.kind());
		if (type == null) {
			return List.of(id + ": unknown kind or apiVersion " + id.apiVersion() + "/" + id.kind());
		}
		try {
			this.mapper.convertValue(object, type);
			return List.of();
		}
		catch (IllegalArgumentException ex) {
			return List.of(id + ": " + describe(ex.getCause()));
		}
	}

	static boolean isKnown(String apiVersion, String kind) {
		return TYPES.containsKey(apiVersion + "/" + kind);
	}

	private static String describe(Throwable failure) {
		if (!(failure instanceof JsonMappingException mapping)) {
			return String.valueOf(failure);
		}
		StringBuilder path = new StringBuilder();
		for (Reference reference : mapping.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		String reason = mapping.getOriginalMessage().lines().findFirst().orElse("");
		if (reason.startsWith("Unrecognized field")) {
			return "unknown field " + path;
		}
		return "invalid value at " + path + " (" + reason + ")";
	}

	// fabric8 routes every unknown field to an @JsonAnySetter; without it Jackson fails on them.
	private static final class WithoutCatchAll extends BeanDeserializerModifier {

		@Override
		public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
				BeanDeserializerBuilder builder) {
			builder.setAnySetter(null);
			return builder;
		}

	}

	/**
	 * The Secrets Store CSI driver's SecretProviderClass, which fabric8 does not model.
	 * @param apiVersion {@code secrets-store.csi.x-k8s.io/v1}
	 * @param kind {@code SecretProviderClass}
	 * @param metadata the object's metadata
	 * @param spec the provider, its parameters and the Secrets to mirror
	 */
	record SecretProviderClass(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

		record Spec(String provider, Map<String, String> parameters, List<SecretObject> secretObjects) {
		}

		record SecretObject(String secretName, String type, Map<String, String> labels,
				Map<String, String> annotations, List<SecretObjectData> data) {
		}

		record SecretObjectData(String objectName, String key) {
		}

	}

}
