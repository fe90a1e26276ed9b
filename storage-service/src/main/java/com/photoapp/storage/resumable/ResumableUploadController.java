package com.photoapp.storage.resumable;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.upload.UploadMetrics;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resumable upload API: declare, send chunks in any order, ask what arrived, complete or abort.
 */
@RestController
class ResumableUploadController {

	private final ResumableUploadService uploads;

	private final UploadMetrics metrics;

	ResumableUploadController(ResumableUploadService uploads, UploadMetrics metrics) {
		this.uploads = uploads;
		this.metrics = metrics;
	}

	@PostMapping(path = "/api/uploads", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<UploadStatus> declare(@AuthenticationPrincipal Jwt owner,
			@Valid @RequestBody UploadDeclaration declaration) {
		UploadStatus status = this.uploads.declare(owner, declaration);
		return ResponseEntity.created(URI.create("/api/uploads/" + status.id())).body(status);
	}

	@GetMapping("/api/uploads/{id}")
	UploadStatus status(@AuthenticationPrincipal Jwt owner, @PathVariable UUID id) {
		return this.uploads.status(owner, id);
	}

	// The body is read straight from the request, so a chunk streams into its block without a copy.
	@PutMapping(path = "/api/uploads/{id}/chunks/{index}", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	ResponseEntity<Void> chunk(@AuthenticationPrincipal Jwt owner, @PathVariable UUID id, @PathVariable int index,
			HttpServletRequest request) throws IOException {
		this.uploads.receiveChunk(owner, id, index, request.getContentLengthLong(), request.getInputStream());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/uploads/{id}/complete")
	ResponseEntity<CataloguedPhoto> complete(@AuthenticationPrincipal Jwt owner, @PathVariable UUID id) {
		CataloguedPhoto photo = this.metrics.timed(() -> this.uploads.complete(owner, id));
		if (photo.isDuplicateUpload()) {
			return ResponseEntity.ok(photo);
		}
		return ResponseEntity.created(URI.create("/api/photos/" + photo.id())).body(photo);
	}

	@DeleteMapping("/api/uploads/{id}")
	ResponseEntity<Void> abort(@AuthenticationPrincipal Jwt owner, @PathVariable UUID id) {
		this.uploads.abort(owner, id);
		return ResponseEntity.noContent().build();
	}

}
