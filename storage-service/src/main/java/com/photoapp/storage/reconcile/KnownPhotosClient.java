package com.photoapp.storage.reconcile;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.photoapp.storage.StorageProperties;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Asks photo-service's {@code POST /internal/photos/known} which photo ids have a catalogue row,
 * with the operator's token: the answer spans owners.
 */
@Component
class KnownPhotosClient {

	private final RestClient client;

	KnownPhotosClient(RestClient.Builder builder, StorageProperties properties) {
		this.client = builder.baseUrl(properties.photoServiceUri().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30))))
			.build();
	}

	Set<UUID> known(String accessToken, List<UUID> photoIds) {
		KnownPhotos answer = this.client.post()
			.uri("/internal/photos/known")
			.headers((headers) -> headers.setBearerAuth(accessToken))
			.contentType(MediaType.APPLICATION_JSON)
			.body(new KnownPhotos(photoIds))
			.retrieve()
			.body(KnownPhotos.class);
		if (answer == null || answer.photoIds() == null) {
			throw new IllegalStateException("photo-service answered without photo ids");
		}
		return Set.copyOf(answer.photoIds());
	}

	/** The request and answer body. */
	record KnownPhotos(List<UUID> photoIds) {
	}

}
