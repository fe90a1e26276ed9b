package com.photoapp.user.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.photoapp.testsupport.TestTokens;
import com.photoapp.user.UserServiceTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@UserServiceTest
class ProfileIntegrationTests {

	private static final long TEN_GIGABYTES = 10L * 1024 * 1024 * 1024;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void firstCallCreatesTheProfileFromTheTokenClaims() {
		String subject = TestTokens.newSubject();
		String token = TestTokens.shared()
			.accessToken(subject, Map.of("name", "Ada Lovelace", "email", "ada@example.org"));

		Profile profile = me(token);

		assertThat(profile.id()).isEqualTo(TestTokens.ownerOf(subject));
		assertThat(profile.displayName()).isEqualTo("Ada Lovelace");
		assertThat(profile.email()).isEqualTo("ada@example.org");
		assertThat(profile.quotaBytes()).isEqualTo(TEN_GIGABYTES);
		assertThat(profile.createdAt()).isNotNull();
	}

	@Test
	void profileWithoutNameOrEmailClaimsHasNeither() {
		Profile profile = me(TestTokens.shared().accessToken(TestTokens.newSubject()));

		assertThat(profile.displayName()).isNull();
		assertThat(profile.email()).isNull();
	}

	@Test
	void laterCallsAnswerTheSameProfile() {
		String token = TestTokens.shared().accessToken(TestTokens.newSubject(), Map.of("name", "Grace"));

		assertThat(me(token)).isEqualTo(me(token));
	}

	@Test
	void concurrentFirstCallsCreateOneProfile() throws Exception {
		String subject = TestTokens.newSubject();
		String token = TestTokens.shared().accessToken(subject);
		List<Profile> answers;
		try (ExecutorService executor = Executors.newFixedThreadPool(8)) {
			List<Callable<Profile>> calls = IntStream.range(0, 8).<Callable<Profile>>mapToObj((i) -> () -> me(token))
				.toList();
			answers = executor.invokeAll(calls).stream().map(ProfileIntegrationTests::result).toList();
		}

		assertThat(answers).hasSize(8).allSatisfy((answer) -> assertThat(answer).isEqualTo(answers.getFirst()));
		assertThat(this.jdbc.sql("select count(*) from app_user where subject = :subject")
			.param("subject", subject)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void requestWithoutTokenIsUnauthorized() {
		client().get().uri("/api/users/me").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void tokenFromAnotherIssuerIsUnauthorized() {
		String token = TestTokens.shared().accessToken(TestTokens.newSubject(), Map.of("iss", "https://evil.test/"));

		client().get().uri("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void unknownApiPathIsANotFoundProblem() {
		client().get().uri("/api/users/nobody")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.shared().accessToken(TestTokens.newSubject()))
			.exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("https://photoapp.dev/problems/not-found");
	}

	private Profile me(String token) {
		return client().get().uri("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
			.expectStatus().isOk()
			.returnResult(Profile.class)
			.getResponseBody();
	}

	private RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build();
	}

	private static Profile result(Future<Profile> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Profile(UUID id, @Nullable String displayName, @Nullable String email, long quotaBytes, Instant createdAt) {

	}

}
