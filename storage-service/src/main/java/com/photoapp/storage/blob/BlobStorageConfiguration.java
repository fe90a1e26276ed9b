package com.photoapp.storage.blob;

import com.azure.storage.blob.BlobContainerAsyncClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.photoapp.storage.StorageProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connects to Azure Blob Storage and makes sure the photo container exists before the service
 * takes traffic.
 */
@Configuration(proxyBeanMethods = false)
class BlobStorageConfiguration {

	@Bean
	BlobServiceClient blobServiceClient(StorageProperties properties) {
		return new BlobServiceClientBuilder().connectionString(properties.connectionString()).buildClient();
	}

	// Only for staging chunks, whose request must be cancellable when the client goes away.
	@Bean
	BlobContainerAsyncClient photoContainerAsync(StorageProperties properties) {
		return new BlobServiceClientBuilder().connectionString(properties.connectionString())
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
