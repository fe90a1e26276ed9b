package com.photoapp.photo.timeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.photoapp.security.OwnerIds;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timeline of the public API: the caller's photos, newest first. */
@RestController
class TimelineController {

	private final Timeline timeline;

	TimelineController(Timeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/api/photos")
	TimelinePage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return this.timeline.page(OwnerIds.of(jwt), cursor, limit);
	}

}
