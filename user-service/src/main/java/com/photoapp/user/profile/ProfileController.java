package com.photoapp.user.profile;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
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

}
