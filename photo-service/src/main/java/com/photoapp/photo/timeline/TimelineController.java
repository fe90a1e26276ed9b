package com.photoapp.photo.timeline;

import java.util.List;

import com.photoapp.photo.catalogue.MonthCount;
import com.photoapp.security.OwnerIds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The timeline of the public API: the caller's photos outside the trash, newest first. */
@RestController
class TimelineController {

	private final Timeline timeline;

	TimelineController(Timeline timeline) {
		this.timeline = timeline;
	}

	/**
	 * {@code favourite=false} is the same as no filter: the timeline never hides favourites.
	 * {@code month=2026-11} keeps the photos of one UTC month, as counted by {@link #months}, so a
	 * client can load any month without paging through the newer ones.
	 */
	@GetMapping("/api/photos")
	TimelinePage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(defaultValue = "false") boolean favourite,
			@RequestParam(required = false) @Nullable String month) {
		return this.timeline.page(OwnerIds.of(jwt), cursor, limit, favourite, TimelineMonth.parse(month));
	}

	@GetMapping("/api/photos/timeline")
	Months months(@AuthenticationPrincipal Jwt jwt) {
		return new Months(this.timeline.months(OwnerIds.of(jwt)));
	}

	/** @param months photo counts per UTC month, newest month first, months without photos left out */
	record Months(List<MonthCount> months) {

	}

}
