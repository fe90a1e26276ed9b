package com.photoapp.storage.blob;

import java.util.function.Supplier;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.photoapp.storage.StorageProperties;

/**
 * Chooses how the service signs in to Blob Storage: with the account key in a connection string
 * when one is set (Azurite, or an account without managed identity), otherwise with an Azure
 * identity at the account's endpoint, so production holds no storage key at all.
 */
final class BlobServiceClients {

	private BlobServiceClients() {
	}

	/**
	 * A builder for the configured account; {@code credentials} is asked only when no connection
	 * string is set.
	 * @param properties the storage settings
	 * @param retry how failed calls are retried
	 * @param credentials the token credential to sign in with at the endpoint
	 * @return the builder, not yet built
	 */
	static BlobServiceClientBuilder builder(StorageProperties properties, BlobRetryProperties retry,
			Supplier<TokenCredential> credentials) {
		BlobServiceClientBuilder builder = new BlobServiceClientBuilder().retryOptions(retry.toOptions());
		if (!properties.usesAzureIdentity()) {
			return builder.connectionString(properties.connectionString());
		}
		return builder.endpoint(properties.endpoint().toString()).credential(credentials.get());
	}

	// Tries, in order, the environment, workload identity (AKS), managed identity and developer
	// sign-ins; building it contacts nothing, the first token request does.
	static TokenCredential defaultAzureCredential() {
		return new DefaultAzureCredentialBuilder().build();
	}

}
