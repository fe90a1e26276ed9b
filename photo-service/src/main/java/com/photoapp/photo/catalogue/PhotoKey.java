package com.photoapp.photo.catalogue;

import java.util.UUID;

/**
 * A photo with its owner, what a purge needs to announce it.
 *
 * @param ownerId the owner
 * @param photoId the photo
 */
public record PhotoKey(UUID ownerId, UUID photoId) {

}
