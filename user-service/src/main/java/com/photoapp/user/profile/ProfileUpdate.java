package com.photoapp.user.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The fields of a profile its owner may change. Unknown fields, such as an id or a quota, are
 * ignored: who the caller is comes from the token alone.
 *
 * @param displayName the new name, 1 to 100 characters
 */
record ProfileUpdate(@NotBlank @Size(max = 100) String displayName) {

}
