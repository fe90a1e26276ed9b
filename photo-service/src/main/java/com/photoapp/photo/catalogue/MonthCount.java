package com.photoapp.photo.catalogue;

/**
 * How many photos of the timeline fall into one calendar month, in UTC.
 *
 * @param month the month as {@code yyyy-MM}
 * @param count photos outside the trash whose capture time (or upload time) falls into it
 */
public record MonthCount(String month, long count) {

}
