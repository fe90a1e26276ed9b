package com.photoapp.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityProblemTests {

	@Test
	void missingTokenIsUnauthorizedWithoutAnErrorCode() {
		SecurityProblem problem = SecurityProblem.of(new InsufficientAuthenticationException("anonymous"));

		assertThat(problem.status()).isEqualTo(401);
		assertThat(problem.challenge()).isEqualTo("Bearer");
	}

	@Test
	void refusedTokenIsInvalidTokenWithAFixedDescription() {
		SecurityProblem problem = SecurityProblem.of(new InvalidBearerTokenException("iss was https://evil/"));

		assertThat(problem.challenge()).startsWith("Bearer error=\"invalid_token\"").doesNotContain("evil");
		assertThat(new String(problem.body(), StandardCharsets.UTF_8)).doesNotContain("evil")
			.contains("\"type\":\"https://photoapp.dev/problems/invalid-token\"");
	}

	@Test
	void malformedRequestIsABadRequest() {
		SecurityProblem problem = SecurityProblem
			.of(new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest("Found multiple bearer tokens")));

		assertThat(problem.status()).isEqualTo(400);
		assertThat(problem.challenge()).startsWith("Bearer error=\"invalid_request\"");
	}

}
