package com.photoapp.photo.usage;

import com.photoapp.photo.catalogue.CatalogueProperties;
import com.photoapp.photo.catalogue.PhotoRepository;
import com.photoapp.photo.catalogue.Usage;
import com.photoapp.security.OwnerIds;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How much of the quota the caller uses, for the storage meter of the SPA. */
@RestController
class UsageController {

	private final PhotoRepository photos;

	private final CatalogueProperties properties;

	UsageController(PhotoRepository photos, CatalogueProperties properties) {
		this.photos = photos;
		this.properties = properties;
	}

	@GetMapping("/api/usage")
	UsageResponse usage(@AuthenticationPrincipal Jwt jwt) {
		Usage usage = this.photos.usage(OwnerIds.of(jwt));
		return new UsageResponse(usage.usedBytes(), usage.photoCount(), usage.trashedBytes(), usage.trashedCount(),
				this.properties.quotaBytes().toBytes());
	}

	/**
	 * The caller's usage; the trash counts toward {@code usedBytes} and {@code photoCount} until it is
	 * purged.
	 *
	 * @param usedBytes bytes of originals, trash included
	 * @param photoCount photos, trash included
	 * @param trashedBytes bytes of originals in the trash
	 * @param trashedCount photos in the trash
	 * @param quotaBytes the caller's quota
	 */
	record UsageResponse(long usedBytes, long photoCount, long trashedBytes, long trashedCount, long quotaBytes) {

	}

}
