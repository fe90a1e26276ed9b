package com.photoapp.storage.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.InputStreamSource;

/**
 * An uploaded file as received, which can be read more than once.
 *
 * @param fileName the name the client declared, untrusted
 * @param size the size in bytes
 * @param content the bytes
 */
record IncomingFile(String fileName, long size, InputStreamSource content) {

	InputStream open() {
		try {
			return this.content.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
