package com.photoapp.photo.catalogue;

/** A file name that {@link FileNames} refuses; the name itself stays out of the message. */
public class InvalidFileNameException extends RuntimeException {

	InvalidFileNameException() {
		super("Unfit file name");
	}

}
