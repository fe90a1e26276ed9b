package com.photoapp.photo.catalogue;

/**
 * Where a photo was taken, from its EXIF GPS tags. Personal data: it appears only in answers to the
 * photo's owner and never in logs.
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record Location(double latitude, double longitude) {

}
