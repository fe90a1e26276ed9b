package com.photoapp.photo.catalogue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Registrations stop at the quota, trash included, also when they arrive at once. */
@PhotoServiceTest
class QuotaIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	@LocalServerPort
	private int port;

	@Autowired
	private CatalogueProperties properties;

	@Test
	void registrationPastTheQuotaIsAConflictWithTheUsage() {
		PhotoApi api = PhotoApi.newUser(this.port);
		long quota = quota();
		register(api, quota - 100).expectStatus().isCreated();

		register(api, 101).expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo(PROBLEMS + "quota-exceeded")
			.jsonPath("$.usedBytes").isEqualTo(quota - 100)
			.jsonPath("$.quotaBytes").isEqualTo(quota);
	}

	@Test
	void registrationThatFillsTheQuotaExactlyIsAccepted() {
		PhotoApi api = PhotoApi.newUser(this.port);
		register(api, quota() - 100).expectStatus().isCreated();

		register(api, 100).expectStatus().isCreated();
	}

	@Test
	void photosInTheTrashCountUntilPurged() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID large = register(api, quota() - 100).expectStatus().isCreated()
			.returnResult(PhotoResponse.class).getResponseBody().id();
		api.client().delete().uri("/api/photos/{id}", large).exchange().expectStatus().isNoContent();

		register(api, 101).expectStatus().isEqualTo(409);

		api.purge(large);
		register(api, 101).expectStatus().isCreated();
	}

	@Test
	void absurdSizeIsRefusedRatherThanOverflowing() {
		PhotoApi api = PhotoApi.newUser(this.port);
		register(api, 100).expectStatus().isCreated();

		register(api, Long.MAX_VALUE).expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "quota-exceeded");
	}

	@Test
	void concurrentRegistrationsNeverTogetherPassTheQuota() {
		PhotoApi api = PhotoApi.newUser(this.port);
		long third = quota() / 3;

		List<Future<Integer>> responses;
		// Closing the executor waits for every request.
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			responses = IntStream.range(0, 8)
				.mapToObj((i) -> executor.submit(() -> statusOf(register(api, third))))
				.toList();
		}
		List<Integer> statuses = responses.stream().map(Future::resultNow).toList();

		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(3);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(5);
	}

	@Test
	void retryOfARegisteredPhotoIsAnsweredEvenWhenTheQuotaIsFull() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = UUID.randomUUID();
		Map<String, Object> body = PhotoApi.registration(photoId, null);
		body.put("sizeBytes", quota());
		api.register(body).expectStatus().isCreated();

		api.register(body).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(photoId.toString());
	}

	private static int statusOf(RestTestClient.ResponseSpec response) {
		return response.returnResult(String.class).getStatus().value();
	}

	private long quota() {
		return this.properties.quotaBytes().toBytes();
	}

	private static RestTestClient.ResponseSpec register(PhotoApi api, long sizeBytes) {
		Map<String, Object> body = PhotoApi.registration(UUID.randomUUID(), null);
		body.put("sizeBytes", sizeBytes);
		return api.register(body);
	}

}
