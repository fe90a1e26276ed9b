package com.photoapp.inbox;

import com.photoapp.events.EventEnvelope;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads event envelopes and their payloads from record values. Anything that does not fit the
 * contract is an {@link UnreadableEventException}, which sends the record to the dead-letter topic
 * without retries.
 */
public class EventReader {

	private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() {
	};

	private final JsonMapper jsonMapper;

	public EventReader(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public EventEnvelope<JsonNode> envelope(String value) {
		if (value == null) {
			throw new UnreadableEventException("Record has no value");
		}
		try {
			return this.jsonMapper.readValue(value, ENVELOPE);
		}
		catch (JacksonException ex) {
			throw new UnreadableEventException("Record is not an event envelope", ex);
		}
	}

	public <P> P payload(EventEnvelope<JsonNode> envelope, Class<P> type, int version) {
		if (envelope.version() != version) {
			throw new UnreadableEventException("Unsupported " + envelope.type() + " version " + envelope.version());
		}
		P payload;
		try {
			payload = this.jsonMapper.treeToValue(envelope.payload(), type);
		}
		catch (JacksonException ex) {
			throw new UnreadableEventException("Payload is not a " + envelope.type() + " event", ex);
		}
		if (payload == null) {
			throw new UnreadableEventException(envelope.type() + " event has no payload");
		}
		return payload;
	}

}
