package com.photoapp.events;

import java.util.Objects;
import java.util.UUID;

/**
 * An account was deleted; every photo row and blob of the owner must go.
 * <p>
 * Emitted by user-service on {@link Topics#USER_EVENTS}, keyed by {@code ownerId}.
 *
 * @param ownerId the owner whose data must be removed
 */
public record UserDeleted(UUID ownerId) {

	public static final String TYPE = "UserDeleted";

	public static final int VERSION = 1;

	public UserDeleted {
		Objects.requireNonNull(ownerId, "ownerId");
	}

}
