package com.photoapp.photo.deletion;

import java.util.UUID;

import com.photoapp.security.OwnerIds;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Deleting a photo from the public API. */
@RestController
class DeletionController {

	private final PhotoDeletion deletion;

	DeletionController(PhotoDeletion deletion) {
		this.deletion = deletion;
	}

	@DeleteMapping("/api/photos/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		this.deletion.purge(OwnerIds.of(jwt), id);
		return ResponseEntity.noContent().build();
	}

}
