package com.photoapp.storage.catalogue;

import java.time.Duration;
import java.util.Optional;

/**
 * photo-service could not be reached or answered with something other than a client error.
 */
public class CatalogueUnavailableException extends RuntimeException {

	private final transient Duration retryAfter;

	CatalogueUnavailableException(String message, Throwable cause) {
		this(message, cause, null);
	}

	CatalogueUnavailableException(String message, Throwable cause, Duration retryAfter) {
		super(message, cause);
		this.retryAfter = retryAfter;
	}

	/**
	 * How long the client should wait, when the circuit to photo-service is open.
	 * @return the wait before trying again
	 */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

}
