package com.photoapp.photo.catalogue;

import java.net.URI;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.photoapp.photo.catalogue.PhotoCatalogue.Registration;
import com.photoapp.security.OwnerIds;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, called by storage-service with the user's forwarded token, and the single-photo
 * read and change of the public API.
 */
@RestController
class CatalogueController {

	static final String MERGE_PATCH_JSON = "application/merge-patch+json";

	private final PhotoCatalogue catalogue;

	CatalogueController(PhotoCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@PostMapping("/internal/photos")
	ResponseEntity<RegisteredPhoto> register(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody PhotoRegistration request) {
		Registration registration = this.catalogue.register(OwnerIds.of(jwt), request);
		PhotoResponse photo = PhotoResponse.of(registration.photo());
		return switch (registration.outcome()) {
			case CREATED -> ResponseEntity.status(HttpStatus.CREATED)
				.location(URI.create("/api/photos/" + photo.id()))
				.body(new RegisteredPhoto(photo, false));
			case RETRIED -> ResponseEntity.ok(new RegisteredPhoto(photo, false));
			case DUPLICATE -> ResponseEntity.ok(new RegisteredPhoto(photo, true));
		};
	}

	@GetMapping("/api/photos/{id}")
	PhotoResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return PhotoResponse.of(this.catalogue.get(OwnerIds.of(jwt), id));
	}

	@PatchMapping(path = "/api/photos/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH_JSON })
	PhotoResponse update(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @RequestBody PhotoPatch patch) {
		return PhotoResponse.of(this.catalogue.update(OwnerIds.of(jwt), id, patch));
	}

	/**
	 * The registration's answer: the photo JSON, plus {@code duplicate} when the owner held these
	 * bytes already and the photo is that earlier one.
	 *
	 * @param photo the registered photo
	 * @param duplicate whether it is an earlier photo with the same bytes
	 */
	record RegisteredPhoto(@JsonUnwrapped PhotoResponse photo, boolean duplicate) {

	}

}
