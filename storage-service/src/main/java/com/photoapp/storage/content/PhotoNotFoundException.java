package com.photoapp.storage.content;

import java.util.UUID;

/**
 * The caller has no photo with that id. Another owner's photo is indistinguishable from a
 * missing one.
 */
public class PhotoNotFoundException extends RuntimeException {

	PhotoNotFoundException(UUID photoId) {
		super("No photo " + photoId);
	}

}
