package com.photoapp.storage;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the storage service, checked at start-up.
 *
 * @param connectionString Azure Storage connection string (Azurite locally); it carries the account
 * key, so it is never printed. Leave it unset to use {@code endpoint} instead
 * @param endpoint the storage account's blob endpoint, such as
 * {@code https://ACCOUNT.blob.core.windows.net}; used with {@code DefaultAzureCredential} (managed or
 * workload identity) when no connection string is set
 * @param container the blob container that holds every photo
 * @param photoServiceUri base URI of photo-service, where uploads are registered
 * @param maxUploadSize the largest one-shot upload accepted
 * @param maxPixels the most pixels an uploaded image may decode to
 * @param thumbnailLongSide the long side of a thumbnail in pixels
 * @param previewLongSide the long side of a preview in pixels
 */
@Validated
@ConfigurationProperties("photoapp.storage")
public record StorageProperties(String connectionString, URI endpoint, @NotBlank String container,
		@NotNull URI photoServiceUri, @NotNull DataSize maxUploadSize, @Positive long maxPixels,
		@Positive int thumbnailLongSide, @Positive int previewLongSide) {

	public StorageProperties {
		boolean hasConnectionString = StringUtils.hasText(connectionString);
		if (hasConnectionString == (endpoint != null)) {
			throw new IllegalArgumentException(
					"Set exactly one of photoapp.storage.connection-string and photoapp.storage.endpoint");
		}
		connectionString = hasConnectionString ? connectionString : null;
	}

	/** Whether the service signs in with an Azure identity rather than an account key. */
	public boolean usesAzureIdentity() {
		return this.connectionString == null;
	}

	// The connection string carries the account key, so it stays out of logs and failure reports.
	@Override
	public String toString() {
		return "StorageProperties[endpoint=" + this.endpoint + ", container=" + this.container + ", photoServiceUri="
				+ this.photoServiceUri + ", maxUploadSize=" + this.maxUploadSize + ", maxPixels=" + this.maxPixels
				+ ", thumbnailLongSide=" + this.thumbnailLongSide + ", previewLongSide=" + this.previewLongSide + "]";
	}

}
