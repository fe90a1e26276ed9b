package com.photoapp.storage.content;

import java.io.InputStream;
import java.util.UUID;

import com.photoapp.security.OwnerIds;
import com.photoapp.storage.blob.BlobContent;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;

import org.springframework.http.ContentDisposition;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Streams a stored rendition of one of the caller's photos without holding it in memory.
 */
@RestController
class ContentController {

	// Derivatives never change under their key. Originals are revalidated on every use, so a purged
	// original stops being served even from the owner's browser cache.
	private static final String THUMB_CACHE = "private, max-age=31536000, immutable";

	private static final String ORIGINAL_CACHE = "private, no-cache";

	private final PhotoBlobs blobs;

	ContentController(PhotoBlobs blobs) {
		this.blobs = blobs;
	}

	@GetMapping("/api/photos/{id}/content")
	ResponseEntity<StreamingResponseBody> content(@PathVariable UUID id,
			@RequestParam(defaultValue = "original") Variant variant, @AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		BlobContent blob = this.blobs.open(OwnerIds.of(caller), id, variant)
			.orElseThrow(() -> new PhotoNotFoundException(id));
		if (matches(ifNoneMatch, blob.eTag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(validators(blob, variant)).build();
		}
		return ResponseEntity.ok().headers(headers(blob, variant)).body((output) -> {
			try (InputStream content = blob.stream()) {
				content.transferTo(output);
			}
		});
	}

	// A streaming body bypasses Spring's conditional request handling, so If-None-Match is checked
	// here, with the weak comparison RFC 9110 prescribes for it.
	private static boolean matches(String ifNoneMatch, String eTag) {
		if (ifNoneMatch == null) {
			return false;
		}
		ETag current = ETag.create(eTag);
		return ETag.parse(ifNoneMatch)
			.stream()
			.anyMatch((candidate) -> candidate.isWildcard() || candidate.compare(current, false));
	}

	private static HttpHeaders validators(BlobContent blob, Variant variant) {
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(blob.eTag());
		headers.setCacheControl((variant == Variant.THUMB) ? THUMB_CACHE : ORIGINAL_CACHE);
		return headers;
	}

	private static HttpHeaders headers(BlobContent blob, Variant variant) {
		HttpHeaders headers = validators(blob, variant);
		headers.setContentType((blob.contentType() != null) ? MediaType.parseMediaType(blob.contentType())
				: MediaType.APPLICATION_OCTET_STREAM);
		headers.setContentLength(blob.length());
		headers.set("X-Content-Type-Options", "nosniff");
		// User bytes never run: no script, no plugin, no same-origin access, even if opened directly.
		headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
		headers.setContentDisposition(ContentDisposition.inline().build());
		return headers;
	}

}
