package com.photoapp.photo.catalogue;

/** A well-formed body that asks for nothing sensible, such as a patch that changes nothing. */
public class InvalidRequestException extends RuntimeException {

	/** @param detail a fixed sentence for the client; it is answered as is, so it never quotes input */
	public InvalidRequestException(String detail) {
		super(detail);
	}

}
