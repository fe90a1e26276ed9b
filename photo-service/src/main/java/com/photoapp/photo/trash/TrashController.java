package com.photoapp.photo.trash;

import java.util.UUID;

import com.photoapp.photo.catalogue.PhotoResponse;
import com.photoapp.photo.timeline.TimelinePage;
import com.photoapp.security.OwnerIds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deleting, restoring and purging photos from the public API. */
@RestController
class TrashController {

	private final Trash trash;

	TrashController(Trash trash) {
		this.trash = trash;
	}

	@DeleteMapping("/api/photos/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		this.trash.trash(OwnerIds.of(jwt), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/photos/{id}/restore")
	PhotoResponse restore(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return PhotoResponse.of(this.trash.restore(OwnerIds.of(jwt), id));
	}

	@GetMapping("/api/trash")
	TimelinePage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return this.trash.page(OwnerIds.of(jwt), cursor, limit);
	}

	@DeleteMapping("/api/trash/{id}")
	ResponseEntity<Void> purge(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		this.trash.purge(OwnerIds.of(jwt), id);
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/api/trash")
	Purged empty(@AuthenticationPrincipal Jwt jwt) {
		return new Purged(this.trash.empty(OwnerIds.of(jwt)));
	}

	/** @param purged how many photos were purged */
	record Purged(int purged) {

	}

}
