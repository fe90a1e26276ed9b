package com.photoapp.storage.catalogue;

/**
 * photo-service could not be reached or answered with something other than a client error.
 */
public class CatalogueUnavailableException extends RuntimeException {

	CatalogueUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
