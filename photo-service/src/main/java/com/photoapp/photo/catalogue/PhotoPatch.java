package com.photoapp.photo.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A change to a photo, as JSON or JSON merge patch (RFC 7396). Absent or {@code null} members
 * leave their field as it is; other members are ignored.
 *
 * @param fileName the new display name
 * @param favourite the new favourite mark
 */
record PhotoPatch(@Nullable String fileName, @Nullable Boolean favourite) {

}
