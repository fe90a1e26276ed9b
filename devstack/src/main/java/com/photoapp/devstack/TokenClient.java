package com.photoapp.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets an access token from the local issuer ({@code auth-issuer}) without a browser, by driving the
 * authorization code flow with PKCE the way the SPA does: authorize, form login with its CSRF token,
 * authorize again, exchange the code. Only the JDK is used so scripts can run it from the compiled
 * classes:
 *
 * <pre>
 * java -cp devstack/target/classes com.photoapp.devstack.TokenClient [--issuer URL] [--client-id ID]
 *     [--redirect-uri URL] &lt;username&gt; &lt;password&gt;
 * </pre>
 *
 * It never prints or puts into an exception message the password, the code or the token.
 */
public final class TokenClient {

	private static final URI DEFAULT_ISSUER = URI.create("http://localhost:9000");

	private static final String DEFAULT_CLIENT_ID = "photoapp-spa";

	private static final URI DEFAULT_REDIRECT_URI = URI.create("http://localhost:8080/");

	/** Auth0 needs it to issue a JWT for the API; the local issuer ignores it. */
	private static final String AUDIENCE = "https://api.photoapp.local";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private static final SecureRandom random = new SecureRandom();

	private final HttpClient http;

	private final String issuer;

	private final String clientId;

	private final URI redirectUri;

	private TokenClient(HttpClient http, URI issuer, String clientId, URI redirectUri) {
		this.http = http;
		this.issuer = issuer.toString().replaceFirst("/+$", "");
		this.clientId = clientId;
		this.redirectUri = redirectUri;
	}

	/**
	 * Signs in as the given user and returns a fresh access token.
	 * @param issuer base URI of the local issuer, for example {@code http://localhost:9000}
	 * @param clientId the SPA's client id
	 * @param redirectUri a redirect URI registered for that client
	 * @param username who signs in
	 * @param password their password
	 * @return the access token (a JWT)
	 * @throws TokenRequestException if a step of the flow answers something unexpected
	 */
	public static String accessToken(URI issuer, String clientId, URI redirectUri, String username,
			String password) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT);
		try (HttpClient http = builder.build()) {
			return new TokenClient(http, issuer, clientId, redirectUri).signIn(username, password);
		}
	}

	public static void main(String[] args) {
		Map<String, String> options = new LinkedHashMap<>(Map.of("--issuer", DEFAULT_ISSUER.toString(), "--client-id",
				DEFAULT_CLIENT_ID, "--redirect-uri", DEFAULT_REDIRECT_URI.toString()));
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (options.containsKey(args[i]) && i + 1 < args.length) {
				options.put(args[i], args[++i]);
			}
			else {
				positional.add(args[i]);
			}
		}
		if (positional.size() != 2 || positional.get(0).startsWith("--")) {
			System.err.println("usage: TokenClient [--issuer URL] [--client-id ID] [--redirect-uri URL] "
					+ "<username> <password>");
			System.exit(2);
		}
		try {
			System.out.println(accessToken(URI.create(options.get("--issuer")), options.get("--client-id"),
					URI.create(options.get("--redirect-uri")), positional.get(0), positional.get(1)));
		}
		catch (RuntimeException ex) {
			System.err.println("TokenClient: " + ex.getMessage());
			System.exit(1);
		}
	}

	private String signIn(String username, String password) {
		String verifier = randomUrlSafe(32);
		String state = randomUrlSafe(16);
		URI loginPage = redirectOf("Authorization request", get(authorizationRequest(verifier, state)));
		if (!loginPage.getPath().endsWith("/login")) {
			throw new TokenRequestException("Authorization request did not lead to the login page", 302);
		}
		String csrf = csrfToken(get(loginPage));
		URI afterLogin = redirectOf("Login", post(loginPage,
				form(Map.of("username", username, "password", password, "_csrf", csrf))));
		if (afterLogin.getPath().endsWith("/login")) {
			throw new TokenRequestException("Login was refused (wrong username or password?)", 302);
		}
		String code = authorizationCode(redirectOf("Authorization after login", get(afterLogin)), state);
		return exchange(code, verifier);
	}

	private URI authorizationRequest(String verifier, String state) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("response_type", "code");
		query.put("client_id", this.clientId);
		query.put("redirect_uri", this.redirectUri.toString());
		query.put("scope", "openid profile email");
		query.put("state", state);
		query.put("code_challenge", challengeOf(verifier));
		query.put("code_challenge_method", "S256");
		query.put("audience", AUDIENCE);
		return URI.create(this.issuer + "/oauth2/authorize?" + form(query));
	}

	private String csrfToken(HttpResponse<String> loginPage) {
		expectStatus("Login page", loginPage, 200);
		Matcher matcher = CSRF_FIELD.matcher(loginPage.body());
		if (!matcher.find()) {
			throw new TokenRequestException("Login page has no _csrf field", loginPage.statusCode());
		}
		return matcher.group(1);
	}

	private String authorizationCode(URI callback, String state) {
		if (!callback.toString().startsWith(this.redirectUri.toString())) {
			throw new TokenRequestException("Authorization did not redirect to " + this.redirectUri, 302);
		}
		Map<String, String> response = parseQuery(callback.getRawQuery());
		if (response.containsKey("error")) {
			throw new TokenRequestException("Authorization failed: " + response.get("error"), 302);
		}
		if (!state.equals(response.get("state")) || !response.containsKey("code")) {
			throw new TokenRequestException("Authorization response has the wrong state or no code", 302);
		}
		return response.get("code");
	}

	private String exchange(String code, String verifier) {
		Map<String, String> request = new LinkedHashMap<>();
		request.put("grant_type", "authorization_code");
		request.put("code", code);
		request.put("redirect_uri", this.redirectUri.toString());
		request.put("client_id", this.clientId);
		request.put("code_verifier", verifier);
		HttpResponse<String> response = post(URI.create(this.issuer + "/oauth2/token"), form(request));
		expectStatus("Token endpoint", response, 200);
		Matcher matcher = ACCESS_TOKEN.matcher(response.body());
		if (!matcher.find()) {
			throw new TokenRequestException("Token response has no access_token", response.statusCode());
		}
		return matcher.group(1);
	}

	private HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
	}

	private HttpResponse<String> post(URI uri, String form) {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot reach the issuer at " + this.issuer, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while talking to the issuer", ex);
		}
	}

	private static URI redirectOf(String step, HttpResponse<String> response) {
		expectStatus(step, response, 302);
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new TokenRequestException(step + " redirected without a Location", 302));
		return response.uri().resolve(location);
	}

	private static void expectStatus(String step, HttpResponse<String> response, int expected) {
		if (response.statusCode() != expected) {
			throw new TokenRequestException(
					step + " answered HTTP " + response.statusCode() + ", expected " + expected, response.statusCode());
		}
	}

	private static String form(Map<String, String> fields) {
		StringBuilder form = new StringBuilder();
		fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.toString();
	}

	private static Map<String, String> parseQuery(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : (query != null) ? query.split("&") : new String[0]) {
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String value = (equals >= 0) ? pair.substring(equals + 1) : "";
			parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private static String randomUrlSafe(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	// RFC 7636 section 4.2: BASE64URL(SHA256(ASCII(code_verifier))).
	private static String challengeOf(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JDK", ex);
		}
	}

	/** A step of the sign-in flow answered something other than what the flow expects. */
	public static final class TokenRequestException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final int status;

		TokenRequestException(String message, int status) {
			super(message);
			this.status = status;
		}

		/** The HTTP status of the response that broke the flow. */
		public int status() {
			return this.status;
		}

	}

}
