package com.photoapp.issuer;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Drives the authorization code flow with PKCE over plain HTTP as the SPA does (and as devstack's
 * {@code TokenClient} does for scripts): authorize, form login with its CSRF token, authorize again,
 * exchange the code. Each instance is one browser with its own cookies.
 */
final class CodeFlow {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final URI baseUri;

	private final String clientId;

	private final String redirectUri;

	private final String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

	CodeFlow(URI baseUri, String clientId, String redirectUri) {
		this.baseUri = baseUri;
		this.clientId = clientId;
		this.redirectUri = redirectUri;
	}

	/** Signs in and returns where the issuer finally redirects: the client's callback or the login page. */
	URI signIn(String username, String password) throws IOException, InterruptedException {
		URI loginPage = redirectOf(get(authorizationRequest()));
		String csrf = csrfToken(get(loginPage));
		URI afterLogin = redirectOf(postForm(loginPage, Map.of("username", username, "password", password,
				"_csrf", csrf)));
		return afterLogin.getPath().equals("/login") ? afterLogin : redirectOf(get(afterLogin));
	}

	/** Exchanges the code from a callback URI; returns the token endpoint's JSON body. */
	HttpResponse<String> exchange(URI callback) throws IOException, InterruptedException {
		String code = UriComponentsBuilder.fromUri(callback).build().getQueryParams().getFirst("code");
		return postForm(this.baseUri.resolve("/oauth2/token"), Map.of("grant_type", "authorization_code", "code",
				code, "redirect_uri", this.redirectUri, "client_id", this.clientId, "code_verifier", this.verifier));
	}

	HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/html").build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	URI authorizationRequest() {
		return UriComponentsBuilder.fromUri(this.baseUri.resolve("/oauth2/authorize"))
			.queryParam("response_type", "code")
			.queryParam("client_id", this.clientId)
			.queryParam("redirect_uri", this.redirectUri)
			.queryParam("scope", "openid profile email")
			.queryParam("state", "some-state")
			.queryParam("code_challenge", challenge())
			.queryParam("code_challenge_method", "S256")
			.queryParam("audience", "https://api.photoapp.local")
			.encode()
			.build()
			.toUri();
	}

	private HttpResponse<String> postForm(URI uri, Map<String, String> fields)
			throws IOException, InterruptedException {
		String form = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static URI redirectOf(HttpResponse<String> response) {
		if (response.statusCode() != 302) {
			throw new IllegalStateException(response.uri().getPath() + " answered HTTP " + response.statusCode());
		}
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
	}

	private static String csrfToken(HttpResponse<String> loginPage) {
		Matcher matcher = CSRF_FIELD.matcher(loginPage.body());
		if (loginPage.statusCode() != 200 || !matcher.find()) {
			throw new IllegalStateException("Login page answered HTTP " + loginPage.statusCode() + " without _csrf");
		}
		return matcher.group(1);
	}

	private String challenge() {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha256.digest(this.verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
