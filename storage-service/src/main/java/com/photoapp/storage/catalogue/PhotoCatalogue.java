package com.photoapp.storage.catalogue;

import java.time.Duration;

import com.photoapp.storage.StorageProperties;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Client of photo-service's internal registration endpoint. The caller's access token is forwarded
 * so that photo-service derives the owner itself.
 */
@Component
public class PhotoCatalogue {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	private final RestClient client;

	PhotoCatalogue(RestClient.Builder builder, StorageProperties properties) {
		this.client = builder.baseUrl(properties.photoServiceUri().toString()).requestFactory(requestFactory()).build();
	}

	/**
	 * Registers a stored photo. photo-service answers an existing photo for a repeated id, so a
	 * retry is safe.
	 * @param accessToken the uploader's access token
	 * @param registration the photo's metadata
	 * @return the catalogued photo
	 * @throws RegistrationRejectedException if photo-service refuses the registration
	 * @throws CatalogueUnavailableException if there is no usable answer
	 */
	public CataloguedPhoto register(String accessToken, PhotoRegistration registration) {
		try {
			CataloguedPhoto photo = post(accessToken, registration);
			if (photo == null) {
				throw new CatalogueUnavailableException("photo-service answered without a photo", null);
			}
			return photo;
		}
		catch (HttpClientErrorException ex) {
			throw new RegistrationRejectedException(ex.getStatusCode().value(), problemOf(ex), ex);
		}
		catch (RestClientException ex) {
			throw new CatalogueUnavailableException("photo-service did not register the photo", ex);
		}
	}

	private CataloguedPhoto post(String accessToken, PhotoRegistration registration) {
		return this.client.post()
			.uri("/internal/photos")
			.headers((headers) -> headers.setBearerAuth(accessToken))
			.contentType(MediaType.APPLICATION_JSON)
			.body(registration)
			.retrieve()
			.body(CataloguedPhoto.class);
	}

	private static ProblemDetail problemOf(HttpClientErrorException ex) {
		try {
			return ex.getResponseBodyAs(ProblemDetail.class);
		}
		catch (RuntimeException notAProblem) {
			return null;
		}
	}

	private static ClientHttpRequestFactory requestFactory() {
		return ClientHttpRequestFactoryBuilder.jdk()
			.build(HttpClientSettings.defaults().withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT));
	}

}
