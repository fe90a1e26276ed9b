package com.photoapp.storage.catalogue;

import java.time.Duration;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.photoapp.storage.PhotoInvariants;
import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.image.TestImages;
import com.photoapp.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the retry and circuit breaker around the registration with a stubbed photo-service.
 */
@StorageServiceTest
class RegistrationResilienceIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	private final String subject = TestTokens.newSubject();

	private final UUID ownerId = TestTokens.ownerOf(this.subject);

	@Autowired
	private RestTestClient client;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private CircuitBreakerRegistry circuitBreakers;

	private StorageApi api;

	private PhotoInvariants invariants;

	@BeforeEach
	@AfterEach
	void closeCircuit() {
		circuit().reset();
		StubPhotoService.shared().answerWith(Answer.CREATED);
		this.api = new StorageApi(this.client);
		this.invariants = new PhotoInvariants(this.container);
	}

	@Test
	void retriesUnavailableCatalogueUntilItRegisters() {
		StubPhotoService.shared().answerWith(Answer.UNAVAILABLE, 2, Answer.CREATED);

		UUID photoId = this.api.upload(this.subject, "a.jpg", TestImages.jpeg(64, 64))
			.expectStatus()
			.isCreated()
			.returnResult(CataloguedPhoto.class)
			.getResponseBody()
			.id();

		assertThat(StubPhotoService.shared().registrations()).hasSize(3)
			.allSatisfy((registration) -> assertThat(registration.body().get("photoId").asString())
				.isEqualTo(photoId.toString()));
		this.invariants.assertStored(this.ownerId, photoId);
	}

	@Test
	void neverRetriesARefusal() {
		StubPhotoService.shared().answerWith(Answer.REJECTED);

		this.api.upload(this.subject, "a.jpg", TestImages.jpeg(64, 64))
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_GATEWAY)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "registration-rejected");

		assertThat(StubPhotoService.shared().registrations()).hasSize(1);
		this.invariants.assertOwnerGone(this.ownerId);
	}

	@Test
	void refusesUploadsQuicklyWithoutStoringOnceTheCircuitOpens() {
		StubPhotoService.shared().answerWith(Answer.UNREACHABLE);
		while (circuit().getState() != State.OPEN) {
			this.api.upload(this.subject, "a.jpg", TestImages.jpeg(64, 64))
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		}
		StubPhotoService.shared().answerWith(Answer.UNREACHABLE);

		long started = System.nanoTime();
		this.api.upload(this.subject, "a.jpg", TestImages.jpeg(64, 64))
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.valueEquals("Retry-After", "10")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "catalogue-unavailable");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
		assertThat(StubPhotoService.shared().registrations()).isEmpty();
		this.invariants.assertOwnerGone(this.ownerId);
	}

	private CircuitBreaker circuit() {
		return this.circuitBreakers.circuitBreaker(PhotoCatalogue.PHOTO_SERVICE);
	}

}
