package com.photoapp.photo.erasure;

/**
 * A record that can never be processed as it is, so retrying it is pointless.
 */
class UnreadableEventException extends RuntimeException {

	UnreadableEventException(String message) {
		super(message);
	}

	UnreadableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
