package com.photoapp.photo.catalogue;

import java.util.UUID;

/** A registration reused a photo id that belongs to another owner. */
public class PhotoIdConflictException extends RuntimeException {

	private final UUID photoId;

	PhotoIdConflictException(UUID photoId) {
		super("Photo id " + photoId + " is taken");
		this.photoId = photoId;
	}

	public UUID getPhotoId() {
		return this.photoId;
	}

}
