package com.photoapp.photo.catalogue;

import java.util.UUID;

/**
 * A hash the owner already holds, and the photo holding it.
 *
 * @param sha256 lower-case hex SHA-256 of the original
 * @param photoId the owner's photo with these bytes
 * @param trashed whether that photo is in the trash, where uploading the bytes again restores it
 */
public record KnownPhoto(String sha256, UUID photoId, boolean trashed) {

}
