package com.photoapp.storage.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.azure.storage.blob.models.BlobRange;
import com.photoapp.security.OwnerIds;
import com.photoapp.storage.blob.BlobContent;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
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
 * Streams a stored rendition of one of the caller's photos, whole or one byte range of it, without
 * holding it in memory.
 */
@RestController
class ContentController {

	// Derivatives never change under their key. Originals are revalidated on every use, so a purged
	// original stops being served even from the owner's browser cache.
	private static final String DERIVATIVE_CACHE = "private, max-age=31536000, immutable";

	private static final String ORIGINAL_CACHE = "private, no-cache";

	private final PhotoBlobs blobs;

	ContentController(PhotoBlobs blobs) {
		this.blobs = blobs;
	}

	@GetMapping("/api/photos/{id}/content")
	ResponseEntity<StreamingResponseBody> content(@PathVariable UUID id,
			@RequestParam(defaultValue = "original") Variant variant, @AuthenticationPrincipal Jwt caller,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range,
			@RequestHeader(name = HttpHeaders.IF_RANGE, required = false) @Nullable String ifRange) {
		UUID ownerId = OwnerIds.of(caller);
		if (range == null) {
			BlobContent blob = this.blobs.open(ownerId, id, variant).orElseThrow(() -> new PhotoNotFoundException(id));
			return whole(blob, variant, ifNoneMatch);
		}
		BlobContent blob = this.blobs.describe(ownerId, id, variant).orElseThrow(() -> new PhotoNotFoundException(id));
		HttpRange requested = singleRange(range, ifRange, blob.eTag());
		if (requested == null || matches(ifNoneMatch, blob.eTag())) {
			return whole(this.blobs.open(ownerId, id, variant).orElseThrow(() -> new PhotoNotFoundException(id)),
					variant, ifNoneMatch);
		}
		return partial(ownerId, id, variant, blob, requested);
	}

	private static ResponseEntity<StreamingResponseBody> whole(BlobContent blob, Variant variant,
			@Nullable String ifNoneMatch) {
		if (matches(ifNoneMatch, blob.eTag())) {
			close(blob);
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(validators(blob, variant)).build();
		}
		HttpHeaders headers = headers(blob, variant);
		headers.setContentLength(blob.length());
		return ResponseEntity.ok().headers(headers).body(streamOf(blob));
	}

	private ResponseEntity<StreamingResponseBody> partial(UUID ownerId, UUID id, Variant variant, BlobContent blob,
			HttpRange requested) {
		long start = requested.getRangeStart(blob.length());
		long end = requested.getRangeEnd(blob.length());
		if (start >= blob.length() || start > end) {
			throw new RangeNotSatisfiableException(blob.length());
		}
		BlobRange part = new BlobRange(start, end - start + 1);
		BlobContent content = this.blobs.open(ownerId, id, variant, part, blob.eTag())
			.orElseThrow(() -> new PhotoNotFoundException(id));
		HttpHeaders headers = headers(blob, variant);
		headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + blob.length());
		headers.setContentLength(end - start + 1);
		return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT).headers(headers).body(streamOf(content));
	}

	// RFC 9110 lets a server ignore a Range it does not support: several ranges, a malformed header, or
	// an If-Range naming another version all get the whole representation.
	private static @Nullable HttpRange singleRange(String range, @Nullable String ifRange, String eTag) {
		if (ifRange != null && !ETag.create(ifRange).compare(ETag.create(eTag), true)) {
			return null;
		}
		try {
			List<HttpRange> ranges = HttpRange.parseRanges(range);
			return (ranges.size() == 1) ? ranges.getFirst() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	// A streaming body bypasses Spring's conditional request handling, so If-None-Match is checked
	// here, with the weak comparison RFC 9110 prescribes for it.
	private static boolean matches(@Nullable String ifNoneMatch, String eTag) {
		if (ifNoneMatch == null) {
			return false;
		}
		ETag current = ETag.create(eTag);
		return ETag.parse(ifNoneMatch)
			.stream()
			.anyMatch((candidate) -> candidate.isWildcard() || candidate.compare(current, false));
	}

	private static StreamingResponseBody streamOf(BlobContent blob) {
		return (output) -> {
			try (InputStream content = blob.stream()) {
				content.transferTo(output);
			}
		};
	}

	private static void close(BlobContent blob) {
		try {
			blob.stream().close();
		}
		catch (IOException ex) {
			// Nothing was read; the connection goes back to the pool or is dropped either way.
		}
	}

	private static HttpHeaders validators(BlobContent blob, Variant variant) {
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(blob.eTag());
		headers.setCacheControl(variant.isDerivative() ? DERIVATIVE_CACHE : ORIGINAL_CACHE);
		return headers;
	}

	private static HttpHeaders headers(BlobContent blob, Variant variant) {
		HttpHeaders headers = validators(blob, variant);
		headers.setContentType((blob.contentType() != null) ? MediaType.parseMediaType(blob.contentType())
				: MediaType.APPLICATION_OCTET_STREAM);
		headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
		headers.set("X-Content-Type-Options", "nosniff");
		// User bytes never run: no script, no plugin, no same-origin access, even if opened directly.
		headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
		headers.setContentDisposition(disposition(blob, variant));
		return headers;
	}

	// Spring writes the name as RFC 6266 filename* with percent-encoded UTF-8, and escapes quotes and
	// line breaks, so a name cannot end the header early.
	private static ContentDisposition disposition(BlobContent blob, Variant variant) {
		if (variant.isDerivative()) {
			return ContentDisposition.inline().build();
		}
		String name = DownloadNames.of(blob.fileName(), blob.contentType());
		return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build();
	}

}
