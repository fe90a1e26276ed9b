package com.photoapp.user.profile;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The caller's profile as the API shows it.
 *
 * @param id the owner id, the same in every service
 * @param displayName the name, if known
 * @param email the e-mail address, if known
 * @param quotaBytes storage the user may fill
 * @param createdAt when the account was created
 */
record ProfileResponse(UUID id, @Nullable String displayName, @Nullable String email, long quotaBytes,
		Instant createdAt) {

	static ProfileResponse of(User user) {
		return new ProfileResponse(user.id(), user.displayName(), user.email(), user.quotaBytes(), user.createdAt());
	}

}
