package com.photoapp.photo.reconcile;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.photoapp.photo.catalogue.PhotoRepository;
import com.photoapp.security.Permissions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the storage service's reconciliation which photo ids the catalogue knows, across owners.
 * Only operators and the reconciliation's own service token may ask: the answer reveals that photos
 * of other owners exist.
 */
@RestController
class KnownPhotosController {

	static final int MAX_IDS = 1000;

	private final PhotoRepository photos;

	KnownPhotosController(PhotoRepository photos) {
		this.photos = photos;
	}

	@PostMapping("/internal/photos/known")
	ResponseEntity<?> known(Authentication caller, @Valid @RequestBody KnownPhotosQuery query) {
		if (!isOperator(caller)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(forbidden());
		}
		return ResponseEntity.ok(new KnownPhotos(this.photos.existing(query.photoIds())));
	}

	// An operator asking, or storage-service's scheduled reconciliation with its own token.
	private static boolean isOperator(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.anyMatch((authority) -> Permissions.OPS.equals(authority.getAuthority())
					|| Permissions.RECONCILE.equals(authority.getAuthority()));
	}

	private static ProblemDetail forbidden() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"This request needs the ops or reconcile permission.");
		problem.setType(URI.create("https://photoapp.dev/problems/forbidden"));
		problem.setTitle("Forbidden");
		return problem;
	}

	/** @param photoIds the ids to look up, at most {@value KnownPhotosController#MAX_IDS} */
	record KnownPhotosQuery(@NotNull @Size(max = MAX_IDS) List<@NotNull UUID> photoIds) {
	}

	/** @param photoIds the looked-up ids that have a catalogue row */
	record KnownPhotos(List<UUID> photoIds) {
	}

}
