package com.photoapp.user.profile;

import java.util.Map;

import com.photoapp.testsupport.TestTokens;
import com.photoapp.user.UserServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@UserServiceTest
class ProfileUpdateIntegrationTests {

	@LocalServerPort
	private int port;

	@Test
	void patchChangesTheDisplayName() {
		String token = TestTokens.shared().accessToken(TestTokens.newSubject(), Map.of("name", "Ada"));

		patch(token, Map.of("displayName", "  Countess Lovelace ")).expectStatus().isOk()
			.expectBody().jsonPath("$.displayName").isEqualTo("Countess Lovelace");
		client().get().uri("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
			.expectBody().jsonPath("$.displayName").isEqualTo("Countess Lovelace");
	}

	@Test
	void patchIgnoresIdentityAndQuotaFields() {
		String subject = TestTokens.newSubject();
		String token = TestTokens.shared().accessToken(subject);

		patch(token, Map.of("displayName", "Grace", "id", TestTokens.ownerOf("someone-else"), "quotaBytes", 1))
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.id").isEqualTo(TestTokens.ownerOf(subject).toString())
			.jsonPath("$.quotaBytes").isEqualTo(10L * 1024 * 1024 * 1024);
	}

	@Test
	void blankDisplayNameIsAValidationProblem() {
		patch(TestTokens.shared().accessToken(TestTokens.newSubject()), Map.of("displayName", " "))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/validation-failed");
	}

	@Test
	void overlongDisplayNameIsAValidationProblem() {
		patch(TestTokens.shared().accessToken(TestTokens.newSubject()), Map.of("displayName", "x".repeat(101)))
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("displayName");
	}

	@Test
	void patchWithoutTokenIsUnauthorized() {
		client().patch().uri("/api/users/me").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("displayName", "Mallory")).exchange()
			.expectStatus().isUnauthorized();
	}

	private RestTestClient.ResponseSpec patch(String token, Map<String, ?> body) {
		return client().patch().uri("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	private RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

}
