package com.photoapp.events;

/**
 * Kafka topic names, one per publishing context. Every record is keyed by the owner id so that one
 * owner's events stay in order within a partition.
 */
public final class Topics {

	/** Published by user-service. */
	public static final String USER_EVENTS = "user-events";

	/** Published by photo-service. */
	public static final String PHOTO_EVENTS = "photo-events";

	private Topics() {
	}

}
