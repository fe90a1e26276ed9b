package com.photoapp.user.profile;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own profile. */
@RestController
class ProfileController {

	private final Profiles profiles;

	ProfileController(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/users/me")
	ProfileResponse me(@AuthenticationPrincipal Jwt jwt) {
		return ProfileResponse.of(this.profiles.current(jwt));
	}

	@PatchMapping("/api/users/me")
	ProfileResponse update(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileUpdate update) {
		return ProfileResponse.of(this.profiles.rename(jwt, update.displayName().strip()));
	}

}
