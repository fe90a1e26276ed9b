package com.photoapp.user.profile;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.photoapp.security.OwnerIds;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/** Finds the caller's account, creating it from the token's claims on first use. */
@Service
class Profiles {

	private static final Logger logger = LoggerFactory.getLogger(Profiles.class);

	private static final int MAX_CLAIM_LENGTH = 320;

	private final UserRepository users;

	private final UsersProperties properties;

	private final Clock clock;

	Profiles(UserRepository users, UsersProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	User current(Jwt jwt) {
		UUID id = OwnerIds.of(jwt);
		return this.users.findById(id).orElseGet(() -> create(id, jwt));
	}

	/** Changes the caller's display name, creating the account first if this is the first call. */
	User rename(Jwt jwt, String displayName) {
		User user = current(jwt);
		this.users.updateDisplayName(user.id(), displayName);
		return new User(user.id(), user.issuer(), user.subject(), displayName, user.email(), user.quotaBytes(),
				user.createdAt());
	}

	// The insert settles a race between first requests; whoever lost reads the winner's row.
	private User create(UUID id, Jwt jwt) {
		User candidate = new User(id, jwt.getClaimAsString("iss"), jwt.getSubject(), claim(jwt, "name"),
				claim(jwt, "email"), this.properties.defaultQuota().toBytes(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		if (this.users.insertIfAbsent(candidate)) {
			logger.info("Created user {}", id);
			return candidate;
		}
		return this.users.findById(id).orElseThrow(() -> new IllegalStateException("User " + id + " vanished"));
	}

	private static @Nullable String claim(Jwt jwt, String name) {
		String value = jwt.getClaimAsString(name);
		if (!StringUtils.hasText(value)) {
			return null;
		}
		String trimmed = value.strip();
		return (trimmed.length() <= MAX_CLAIM_LENGTH) ? trimmed : trimmed.substring(0, MAX_CLAIM_LENGTH);
	}

}
