package com.photoapp.photo.catalogue;

/**
 * What an owner keeps. Photos in the trash count until they are purged, since their originals are
 * still stored.
 *
 * @param usedBytes bytes of originals, trash included
 * @param photoCount photos, trash included
 * @param trashedBytes bytes of originals in the trash
 * @param trashedCount photos in the trash
 */
public record Usage(long usedBytes, long photoCount, long trashedBytes, long trashedCount) {

}
