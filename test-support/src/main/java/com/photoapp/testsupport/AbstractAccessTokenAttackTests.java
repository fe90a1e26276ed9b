package com.photoapp.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.photoapp.testsupport.AttackTokens.Attack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token checks every service must pass on its own, so that a request that bypasses the
 * gateway is refused too: every forged, expired or misdirected token gets 401
 * {@code invalid_token}, and {@code /ops/**} needs the {@code ops} permission. A service's test
 * extends it with its own Spring Boot test annotation and names one API and one ops endpoint.
 */
public abstract class AbstractAccessTokenAttackTests {

	@LocalServerPort
	private int port;

	/** A GET endpoint under {@code /api/**} that a valid token may call. */
	protected abstract String apiPath();

	/** A GET endpoint under {@code /ops/**} that answers 200 to an operator. */
	protected abstract String opsPath();

	static List<Attack> refusedTokens() {
		return TestTokens.shared().attacks().refused();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedTokens")
	void refusesToken(Attack attack) {
		get(apiPath(), attack.token()).expectStatus().isUnauthorized()
			.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
					(value) -> assertThat(value).startsWith("Bearer error=\"invalid_token\""))
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/invalid-token");
	}

	@Test
	void requestWithoutTokenIsUnauthorized() {
		client().get().uri(apiPath()).exchange().expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/unauthorized");
	}

	@Test
	void tokenInTheQueryStringIsIgnored() {
		client().get().uri(apiPath() + "?access_token={token}", TestTokens.shared().accessToken(TestTokens.newSubject()))
			.exchange().expectStatus().isUnauthorized();
	}

	@Test
	void tokenInAFormBodyIsIgnored() {
		client().post().uri(apiPath()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("access_token=" + TestTokens.shared().accessToken(TestTokens.newSubject())).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void expiryWithinTheSkewIsAccepted() {
		get(apiPath(), TestTokens.shared().attacks().expiredAgo(Duration.ofSeconds(45))).expectStatus()
			.value((status) -> assertThat(status).isNotEqualTo(401));
	}

	@Test
	void oversizedHeaderIsRefused() {
		get(apiPath(), TestTokens.shared().attacks().ofSize(64 * 1024)).expectStatus()
			.value((status) -> assertThat(status).isIn(400, 401, 413, 431));
	}

	@Test
	void opsWithoutThePermissionIsForbidden() {
		get(opsPath(), TestTokens.shared().accessToken(TestTokens.newSubject(), Map.of("permissions",
				List.of("read:photos")))).expectStatus().isForbidden()
			.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
					(value) -> assertThat(value).startsWith("Bearer error=\"insufficient_scope\""))
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/forbidden");
	}

	@Test
	void opsWithoutTokenIsUnauthorized() {
		client().get().uri(opsPath()).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void opsWithThePermissionAnswers() {
		get(opsPath(), TestTokens.shared().accessToken(TestTokens.newSubject(), Map.of("permissions",
				List.of("ops")))).expectStatus().isOk();
	}

	private RestTestClient.ResponseSpec get(String path, String token) {
		return client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

}
