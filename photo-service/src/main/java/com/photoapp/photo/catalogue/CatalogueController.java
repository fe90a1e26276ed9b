package com.photoapp.photo.catalogue;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import com.photoapp.photo.catalogue.PhotoCatalogue.Registration;
import com.photoapp.security.OwnerIds;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, called by storage-service with the user's forwarded token, and the single-photo
 * read of the public API.
 */
@RestController
class CatalogueController {

	private final PhotoCatalogue catalogue;

	CatalogueController(PhotoCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@PostMapping("/internal/photos")
	ResponseEntity<PhotoResponse> register(@AuthenticationPrincipal Jwt jwt,
			@Valid @RequestBody PhotoRegistration request) {
		Registration registration = this.catalogue.register(OwnerIds.of(jwt), request);
		PhotoResponse body = PhotoResponse.of(registration.photo());
		if (!registration.created()) {
			return ResponseEntity.ok(body);
		}
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/photos/" + body.id())).body(body);
	}

	@GetMapping("/api/photos/{id}")
	PhotoResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		return PhotoResponse.of(this.catalogue.get(OwnerIds.of(jwt), id));
	}

}
