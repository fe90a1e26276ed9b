package com.photoapp.photo.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.photoapp.security.OwnerIds;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells a client which files it need not upload: the hashes the caller holds already, trash
 * included, so an upload of them would only answer the existing photo.
 */
@RestController
class DuplicateCheckController {

	static final int MAX_HASHES = 1000;

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final PhotoRepository photos;

	DuplicateCheckController(PhotoRepository photos) {
		this.photos = photos;
	}

	@PostMapping("/api/photos/check")
	KnownHashes check(@AuthenticationPrincipal Jwt jwt, @RequestBody HashCheck request) {
		return new KnownHashes(this.photos.findKnown(OwnerIds.of(jwt), hashes(request)));
	}

	// Checked here rather than by bean validation: the contract answers invalid-request.
	private static Set<String> hashes(HashCheck request) {
		List<@Nullable String> sha256 = request.sha256();
		if (sha256 == null || sha256.isEmpty() || sha256.size() > MAX_HASHES) {
			throw new InvalidRequestException("sha256 needs 1 to " + MAX_HASHES + " hashes");
		}
		Set<String> hashes = new LinkedHashSet<>();
		for (String hash : sha256) {
			if (hash == null || !SHA256.matcher(hash).matches()) {
				throw new InvalidRequestException("sha256 holds a value that is not 64 lower-case hex digits");
			}
			hashes.add(hash);
		}
		return hashes;
	}

	/** @param sha256 lower-case hex SHA-256 values, 1 to {@value DuplicateCheckController#MAX_HASHES} */
	record HashCheck(@Nullable List<@Nullable String> sha256) {

	}

	/** @param known the hashes the caller holds, each with the photo holding it */
	record KnownHashes(List<KnownPhoto> known) {

	}

}
