package com.photoapp.photo.timeline;

/** The {@code cursor} parameter is not one this service handed out. */
public class InvalidCursorException extends RuntimeException {

	InvalidCursorException() {
		super("Malformed timeline cursor");
	}

}
