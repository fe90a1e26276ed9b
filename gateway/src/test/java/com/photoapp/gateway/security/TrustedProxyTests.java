package com.photoapp.gateway.security;

import java.time.Duration;

import com.photoapp.testsupport.JwksServer;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a configured proxy (here: the loopback address the test calls from), the proxy's
 * {@code X-Forwarded-Proto} is believed, so HSTS is sent for requests that arrived over HTTPS.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "photoapp.edge.trusted-proxies=127.0.0.1", "management.server.port=0" })
class TrustedProxyTests {

	static final JwksServer jwks = JwksServer.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("photoapp.security.issuer-uri", () -> TestTokens.ISSUER);
		registry.add("photoapp.security.audience", () -> TestTokens.AUDIENCE);
		registry.add("photoapp.security.jwk-set-uri", jwks::uri);
	}

	@Test
	void hstsIsSentWhenTheTrustedProxyReceivedHttps() {
		client().get().uri("/app-config.json").header("X-Forwarded-Proto", "https").exchange()
			.expectHeader().value("Strict-Transport-Security",
					(value) -> assertThat(value).contains("max-age=31536000"));
	}

	@Test
	void hstsIsNotSentOverPlainHttp() {
		client().get().uri("/app-config.json").exchange().expectHeader().doesNotExist("Strict-Transport-Security");
	}

	WebTestClient client() {
		// Generous: the build machine is shared, and a slow answer is not what these tests are about.
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

}
