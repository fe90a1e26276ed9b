package com.photoapp.inbox;

/**
 * A record that can never be processed as it is, so retrying it is pointless.
 */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String message) {
		super(message);
	}

	public UnreadableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
