package com.photoapp.storage.reconcile;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * storage-service's own access tokens, asked from the issuer's token endpoint with the client
 * credentials grant. A token is asked for each run: runs are hours apart, longer than a token lives.
 */
class ServiceTokens {

	private final RestClient client;

	private final ReconciliationScheduleProperties properties;

	ServiceTokens(RestClient.Builder builder, ReconciliationScheduleProperties properties) {
		this.properties = properties;
		this.client = builder
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(HttpClientSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))))
			.build();
	}

	/**
	 * Asks for a token for the API.
	 * @return the access token
	 * @throws IllegalStateException if the issuer answers without one
	 */
	String accessToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("audience", this.properties.audience());
		Map<?, ?> answer = this.client.post()
			.uri(Objects.requireNonNull(this.properties.tokenUri()))
			.headers((headers) -> headers.setBasicAuth(Objects.requireNonNull(this.properties.clientId()),
					Objects.requireNonNull(this.properties.clientSecret())))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		if (answer == null || !(answer.get("access_token") instanceof String token)) {
			throw new IllegalStateException("The token endpoint answered without an access token");
		}
		return token;
	}

}
