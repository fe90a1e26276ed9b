package com.photoapp.deploy;

import java.util.Map;
import java.util.Objects;

/**
 * Names a Kubernetes object in messages and finds the target of a patch: kind, name and, where
 * both sides have one, namespace.
 * @param apiVersion the object's API version
 * @param kind the object's kind
 * @param name the object's name
 * @param namespace the object's namespace, or {@code null}
 */
record ObjectId(String apiVersion, String kind, String name, String namespace) {

	static ObjectId of(Map<String, Object> object) {
		return new ObjectId(Maps.string(object, "apiVersion"), Maps.string(object, "kind"),
				Maps.string(object, "metadata.name"), Maps.string(object, "metadata.namespace"));
	}

	boolean sameAs(ObjectId other) {
		return Objects.equals(this.kind, other.kind) && Objects.equals(this.name, other.name)
				&& (this.namespace == null || other.namespace == null || this.namespace.equals(other.namespace));
	}

	@Override
	public String toString() {
		return this.kind + "/" + this.name;
	}

}
