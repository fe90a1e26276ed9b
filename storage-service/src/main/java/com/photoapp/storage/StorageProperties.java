package com.photoapp.storage;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the storage service, checked at start-up.
 *
 * @param connectionString Azure Storage connection string; it carries the account key, so it is
 * never printed
 * @param container the blob container that holds every photo
 * @param photoServiceUri base URI of photo-service, where uploads are registered
 * @param maxUploadSize the largest one-shot upload accepted
 * @param maxPixels the most pixels an uploaded image may decode to
 * @param thumbnailLongSide the long side of a thumbnail in pixels
 * @param previewLongSide the long side of a preview in pixels
 */
@Validated
@ConfigurationProperties("photoapp.storage")
public record StorageProperties(@NotBlank String connectionString, @NotBlank String container,
		@NotNull URI photoServiceUri, @NotNull DataSize maxUploadSize, @Positive long maxPixels,
		@Positive int thumbnailLongSide,
		@Positive int previewLongSide) {

	// The connection string carries the account key, so it stays out of logs and failure reports.
	@Override
	public String toString() {
		return "StorageProperties[container=" + this.container + ", photoServiceUri=" + this.photoServiceUri
				+ ", maxUploadSize=" + this.maxUploadSize + ", maxPixels=" + this.maxPixels + ", thumbnailLongSide="
				+ this.thumbnailLongSide + ", previewLongSide=" + this.previewLongSide + "]";
	}

}
