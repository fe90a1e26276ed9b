package com.photoapp.user.profile;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One {@code app_user} row.
 *
 * @param id the owner id, derived from issuer and subject
 * @param issuer the token issuer the account belongs to
 * @param subject the subject at that issuer
 * @param displayName the name from the token, if it carried one
 * @param email the e-mail address from the token, if it carried one
 * @param quotaBytes storage the user may fill
 * @param createdAt when the account was created
 */
record User(UUID id, String issuer, String subject, @Nullable String displayName, @Nullable String email,
		long quotaBytes, Instant createdAt) {

}
