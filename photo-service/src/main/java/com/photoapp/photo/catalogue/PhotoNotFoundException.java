package com.photoapp.photo.catalogue;

import java.util.UUID;

/** The caller has no photo with this id; deliberately the same whether it exists for someone else. */
public class PhotoNotFoundException extends RuntimeException {

	private final UUID photoId;

	public PhotoNotFoundException(UUID photoId) {
		super("No photo " + photoId + " for this owner");
		this.photoId = photoId;
	}

	public UUID getPhotoId() {
		return this.photoId;
	}

}
