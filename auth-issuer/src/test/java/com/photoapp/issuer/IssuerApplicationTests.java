package com.photoapp.issuer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuer end to end over HTTP: sign in with the code flow as the SPA does and inspect what comes
 * back. The issuer URI deliberately differs from the address the test calls, so {@code iss} can only
 * come from configuration.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "photoapp.issuer.issuer-uri=" + IssuerApplicationTests.ISSUER,
				"photoapp.issuer.redirect-uris=" + IssuerApplicationTests.REDIRECT_URI })
class IssuerApplicationTests {

	static final String ISSUER = "http://issuer.photoapp.test";

	static final String REDIRECT_URI = "http://localhost:8080/";

	private static final String CLIENT_ID = "photoapp-spa";

	private static final String AUDIENCE = "https://api.photoapp.local";

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	static Path keyDirectory;

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	// Made per run, as devstack makes it: a client secret is never written in the repository.
	private static final String SERVICE_SECRET = (UUID.randomUUID() + "" + UUID.randomUUID()).replace("-", "");

	@DynamicPropertySource
	static void keyFile(DynamicPropertyRegistry registry) {
		registry.add("photoapp.issuer.key-file", () -> keyDirectory.resolve("issuer/signing-key.json").toString());
		registry.add("photoapp.issuer.service-clients[0].client-id", () -> "storage-service");
		registry.add("photoapp.issuer.service-clients[0].secret", () -> SERVICE_SECRET);
		registry.add("photoapp.issuer.service-clients[0].permissions[0]", () -> "reconcile");
	}

	@Nested
	class ServiceToken {

		@Test
		void clientCredentialsGiveATokenForTheApiWithTheServicesPermissions() throws Exception {
			HttpResponse<String> response = clientCredentials("storage-service", SERVICE_SECRET);

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			SignedJWT token = SignedJWT.parse(json.readTree(response.body()).get("access_token").asString());
			assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
			assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(ISSUER);
			assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(AUDIENCE);
			assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("storage-service");
			assertThat(token.getJWTClaimsSet().getStringListClaim("permissions")).containsExactly("reconcile");
			assertThat(token.getJWTClaimsSet().getClaim("email")).isNull();
		}

		@Test
		void wrongSecretGetsNoToken() throws Exception {
			HttpResponse<String> response = clientCredentials("storage-service", SERVICE_SECRET + "x");

			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).doesNotContain("access_token");
		}

		@Test
		void theSpaCannotUseClientCredentials() throws Exception {
			HttpRequest request = HttpRequest.newBuilder(uri("/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + CLIENT_ID))
				.build();

			assertThat(send(request).statusCode()).isIn(400, 401);
		}

		private HttpResponse<String> clientCredentials(String clientId, String secret) throws Exception {
			String basic = Base64.getEncoder()
				.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
			HttpRequest request = HttpRequest.newBuilder(uri("/oauth2/token"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
				.build();
			return send(request);
		}

	}

	@Nested
	class AccessToken {

		@Test
		void isSignedWithRs256ByAKeyPublishedInJwks() throws Exception {
			SignedJWT token = accessTokenOf("alice", "alice-password");

			RSAKey key = (RSAKey) JWKSet.parse(get("/oauth2/jwks").body()).getKeyByKeyId(token.getHeader().getKeyID());
			assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
			assertThat(key).isNotNull();
			assertThat(key.isPrivate()).isFalse();
			assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
		}

		@Test
		void namesTheConfiguredIssuerExactly() throws Exception {
			assertThat(accessTokenOf("alice", "alice-password").getJWTClaimsSet().getIssuer()).isEqualTo(ISSUER);
		}

		@Test
		void isForTheApi() throws Exception {
			assertThat(accessTokenOf("alice", "alice-password").getJWTClaimsSet().getAudience())
				.containsExactly(AUDIENCE);
		}

		@Test
		void hasTheUsernameAsSubjectAndCarriesNameAndEmail() throws Exception {
			var claims = accessTokenOf("alice", "alice-password").getJWTClaimsSet();

			assertThat(claims.getSubject()).isEqualTo("alice");
			assertThat(claims.getStringClaim("name")).isEqualTo("Alice Example");
			assertThat(claims.getStringClaim("email")).isEqualTo("alice@example.test");
		}

		@Test
		void expiresAfterFifteenMinutes() throws Exception {
			var claims = accessTokenOf("alice", "alice-password").getJWTClaimsSet();

			assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
				.isEqualTo(Duration.ofMinutes(15));
			assertThat(claims.getExpirationTime()).isAfter(new Date());
		}

		@Test
		void differsInSubjectBetweenUsers() throws Exception {
			assertThat(accessTokenOf("bob", "bob-password").getJWTClaimsSet().getSubject()).isEqualTo("bob");
		}

		@Test
		void carriesThePermissionsOfAnOperator() throws Exception {
			assertThat(accessTokenOf("olivia", "olivia-password").getJWTClaimsSet().getStringListClaim("permissions"))
				.containsExactly("ops");
		}

		@Test
		void carriesNoPermissionsForOrdinaryUsers() throws Exception {
			assertThat(accessTokenOf("alice", "alice-password").getJWTClaimsSet().getClaim("permissions")).isNull();
		}

		@Test
		void opensTheUserInfoEndpoint() throws Exception {
			String token = tokenResponseOf("bob", "bob-password").get("access_token").asString();
			HttpRequest request = HttpRequest.newBuilder(uri("/userinfo"))
				.header("Authorization", "Bearer " + token)
				.build();

			HttpResponse<String> response = send(request);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(json.readTree(response.body()).get("sub").asString()).isEqualTo("bob");
		}

	}

	@Nested
	class IdToken {

		@Test
		void keepsTheClientIdAsAudience() throws Exception {
			var claims = SignedJWT.parse(tokenResponseOf("alice", "alice-password").get("id_token").asString())
				.getJWTClaimsSet();

			assertThat(claims.getAudience()).containsExactly(CLIENT_ID);
			assertThat(claims.getStringClaim("email")).isEqualTo("alice@example.test");
		}

	}

	@Nested
	class SignIn {

		@Test
		void wrongPasswordLeadsBackToTheLoginPageWithoutACode() throws Exception {
			URI landing = new CodeFlow(uri("/"), CLIENT_ID, REDIRECT_URI).signIn("alice", "wrong-password");

			assertThat(landing.getPath()).isEqualTo("/login");
			assertThat(landing.getQuery()).isEqualTo("error");
		}

		@Test
		void unregisteredRedirectUriIsRefusedWithoutRedirect() throws Exception {
			CodeFlow flow = new CodeFlow(uri("/"), CLIENT_ID, "http://evil.test/");

			assertThat(flow.get(flow.authorizationRequest()).statusCode()).isEqualTo(400);
		}

		@Test
		void loginPageProtectsTheFormWithCsrf() throws Exception {
			assertThat(get("/login").body()).contains("name=\"_csrf\"", ">Username</label>", ">Password</label>",
					">Sign in</button>");
		}

	}

	@Nested
	class Discovery {

		@Test
		void namesTheConfiguredIssuer() throws Exception {
			JsonNode configuration = json.readTree(get("/.well-known/openid-configuration").body());

			assertThat(configuration.get("issuer").asString()).isEqualTo(ISSUER);
			assertThat(configuration.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
		}

		@Test
		void advertisesPublicClientsAndTheScopesTheSpaAsksFor() throws Exception {
			JsonNode configuration = json.readTree(get("/.well-known/openid-configuration").body());

			assertThat(configuration.get("token_endpoint_auth_methods_supported").valueStream().map(JsonNode::asString))
				.contains("none");
			assertThat(configuration.get("scopes_supported").valueStream().map(JsonNode::asString))
				.contains("openid", "profile", "email");
		}

	}

	@Nested
	class Cors {

		@Test
		void tokenEndpointAcceptsCallsFromTheSpaOrigin() throws Exception {
			HttpResponse<String> response = preflight("/oauth2/token", "http://localhost:8080");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
		}

		@Test
		void tokenEndpointRefusesOtherOrigins() throws Exception {
			assertThat(preflight("/oauth2/token", "http://evil.test").statusCode()).isEqualTo(403);
		}

		private HttpResponse<String> preflight(String path, String origin) throws IOException, InterruptedException {
			HttpRequest request = HttpRequest.newBuilder(uri(path))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "content-type")
				.build();
			return send(request);
		}

	}

	@Test
	void healthIsOpenOnTheManagementPort() throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + "/actuator/health"))
					.build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).get("status").asString()).isEqualTo("UP");
	}

	private SignedJWT accessTokenOf(String username, String password) throws Exception {
		return SignedJWT.parse(tokenResponseOf(username, password).get("access_token").asString());
	}

	private JsonNode tokenResponseOf(String username, String password) throws IOException, InterruptedException {
		CodeFlow flow = new CodeFlow(uri("/"), CLIENT_ID, REDIRECT_URI);
		URI callback = flow.signIn(username, password);
		assertThat(callback.toString()).startsWith(REDIRECT_URI + "?code=");
		HttpResponse<String> response = flow.exchange(callback);
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
