package com.photoapp.storage.blob;

import java.util.function.Supplier;

import com.azure.core.credential.TokenCredential;
import com.azure.storage.blob.BlobContainerAsyncClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.photoapp.storage.StorageProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * Connects to Azure Blob Storage ({@link BlobServiceClients} chooses how it signs in) and makes sure
 * the photo container exists before the service takes traffic.
 */
@Configuration(proxyBeanMethods = false)
class BlobStorageConfiguration {

	// Both clients share one credential, so one token cache serves them.
	private final Supplier<TokenCredential> credential = SingletonSupplier
		.of(BlobServiceClients::defaultAzureCredential);

	@Bean
	BlobServiceClient blobServiceClient(StorageProperties properties, BlobRetryProperties retry) {
		return BlobServiceClients.builder(properties, retry, this.credential).buildClient();
	}

	// Only for staging chunks, whose request must be cancellable when the client goes away.
	@Bean
	BlobContainerAsyncClient photoContainerAsync(StorageProperties properties, BlobRetryProperties retry) {
		return BlobServiceClients.builder(properties, retry, this.credential)
			.buildAsyncClient()
			.getBlobContainerAsyncClient(properties.container());
	}

	@Bean
	BlobContainerClient photoContainer(BlobServiceClient service, StorageProperties properties) {
		BlobContainerClient container = service.getBlobContainerClient(properties.container());
		container.createIfNotExists();
		return container;
	}

}
