package com.photoapp.storage.catalogue;

import java.time.Duration;
import java.util.function.Supplier;

import com.photoapp.storage.StorageProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * so that photo-service derives the owner itself. Calls go through the {@code photo-service} retry
 * and circuit breaker configured under {@code resilience4j.*}.
 */
@Component
public class PhotoCatalogue {

	/** The name of the retry and circuit breaker instances in {@code resilience4j.*}. */
	public static final String PHOTO_SERVICE = "photo-service";

	private static final Logger logger = LoggerFactory.getLogger(PhotoCatalogue.class);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	private final RestClient client;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	PhotoCatalogue(RestClient.Builder builder, StorageProperties properties, CircuitBreakerRegistry circuitBreakers,
			RetryRegistry retries) {
		this.client = builder.baseUrl(properties.photoServiceUri().toString()).requestFactory(requestFactory()).build();
		this.circuitBreaker = circuitBreakers.circuitBreaker(PHOTO_SERVICE);
		this.retry = retries.retry(PHOTO_SERVICE);
		this.circuitBreaker.getEventPublisher()
			.onStateTransition((event) -> logger.warn("Circuit to photo-service: {}",
					event.getStateTransition()));
	}

	/**
	 * Refuses at once while the circuit to photo-service is open, so that an upload that could not
	 * be registered does not store its bytes first.
	 * @throws CatalogueUnavailableException if the circuit is open
	 */
	public void ensureAvailable() {
		if (!this.circuitBreaker.tryAcquirePermission()) {
			throw circuitOpen(null);
		}
		// Only a probe: the registration acquires its own permission, so this one is handed back.
		this.circuitBreaker.releasePermission();
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
		// Retrying a POST is safe here only because photo-service is idempotent on photoId for the same
		// owner: a repeat of a registration that did arrive answers the existing photo.
		Supplier<CataloguedPhoto> call = Retry.decorateSupplier(this.retry,
				CircuitBreaker.decorateSupplier(this.circuitBreaker, () -> post(accessToken, registration)));
		try {
			CataloguedPhoto photo = call.get();
			if (photo == null) {
				throw new CatalogueUnavailableException("photo-service answered without a photo", null);
			}
			return photo;
		}
		catch (CallNotPermittedException ex) {
			throw circuitOpen(ex);
		}
		catch (HttpClientErrorException ex) {
			throw new RegistrationRejectedException(ex.getStatusCode().value(), problemOf(ex), ex);
		}
		catch (RestClientException ex) {
			throw new CatalogueUnavailableException("photo-service did not register the photo", ex);
		}
	}

	/**
	 * Refuses a file that would take the owner over their quota, before any of it is stored. The
	 * registration checks again, so this only spares the upload of bytes that could not be kept.
	 * @param accessToken the uploader's access token
	 * @param sizeBytes the size of the file about to come
	 * @throws QuotaExceededException if the file does not fit
	 * @throws CatalogueUnavailableException if there is no usable answer
	 */
	public void ensureRoomFor(String accessToken, long sizeBytes) {
		Supplier<Usage> call = Retry.decorateSupplier(this.retry,
				CircuitBreaker.decorateSupplier(this.circuitBreaker, () -> this.client.get()
					.uri("/api/usage")
					.headers((headers) -> headers.setBearerAuth(accessToken))
					.retrieve()
					.body(Usage.class)));
		Usage usage;
		try {
			usage = call.get();
		}
		catch (CallNotPermittedException ex) {
			throw circuitOpen(ex);
		}
		catch (RestClientException ex) {
			throw new CatalogueUnavailableException("photo-service did not answer the usage", ex);
		}
		if (usage == null) {
			throw new CatalogueUnavailableException("photo-service answered without a usage", null);
		}
		if (usage.usedBytes() + sizeBytes > usage.quotaBytes()) {
			throw new QuotaExceededException(usage.usedBytes(), usage.quotaBytes());
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

	private CatalogueUnavailableException circuitOpen(Throwable cause) {
		Duration wait = Duration.ofMillis(
				this.circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
		return new CatalogueUnavailableException("The circuit to photo-service is open", cause, wait);
	}

	private static ProblemDetail problemOf(HttpClientErrorException ex) {
		try {
			return ex.getResponseBodyAs(ProblemDetail.class);
		}
		catch (RuntimeException notAProblem) {
			return null;
		}
	}

	/** The part of photo-service's {@code GET /api/usage} answer a quota check needs. */
	private record Usage(long usedBytes, long quotaBytes) {

	}

	private static ClientHttpRequestFactory requestFactory() {
		return ClientHttpRequestFactoryBuilder.jdk()
			.build(HttpClientSettings.defaults().withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT));
	}

}
