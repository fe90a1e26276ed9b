package com.photoapp.photo.reconcile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Tests for {@code POST /internal/photos/known}, the catalogue side of reconciliation.
 */
@PhotoServiceTest
class KnownPhotosIntegrationTests {

	@LocalServerPort
	private int port;

	@Test
	void answersWhichIdsHaveARowAcrossOwners() {
		UUID first = PhotoApi.newUser(this.port).registerPhoto(null);
		UUID second = PhotoApi.newUser(this.port).registerPhoto(null);
		UUID unknown = UUID.randomUUID();

		ask(opsToken(), List.of(first, second, unknown)).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.photoIds.length()").isEqualTo(2)
			.jsonPath("$.photoIds[?(@ == '%s')]".formatted(unknown)).doesNotExist();
	}

	@Test
	void answersTheReconciliationsServiceToken() {
		UUID photo = PhotoApi.newUser(this.port).registerPhoto(null);
		String serviceToken = TestTokens.shared().accessToken("storage-service",
				Map.of("permissions", List.of("reconcile")));

		ask(serviceToken, List.of(photo)).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.photoIds[0]").isEqualTo(photo.toString());
	}

	@Test
	void reconcilePermissionOpensNoOpsEndpoint() {
		String serviceToken = TestTokens.shared().accessToken("storage-service",
				Map.of("permissions", List.of("reconcile")));

		RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build()
			.get()
			.uri("/ops/outbox")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken)
			.exchange()
			.expectStatus().isForbidden();
	}

	@Test
	void refusesACallerWithoutTheOpsPermission() {
		ask(TestTokens.shared().accessToken(TestTokens.newSubject()), List.of(UUID.randomUUID()))
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/forbidden");
	}

	private RestTestClient.ResponseSpec ask(String token, List<UUID> ids) {
		return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build()
			.post()
			.uri("/internal/photos/known")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("photoIds", ids))
			.exchange();
	}

	private static String opsToken() {
		return TestTokens.shared().accessToken(TestTokens.newSubject(), Map.of("permissions", List.of("ops")));
	}

}
