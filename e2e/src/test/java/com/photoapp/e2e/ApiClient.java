package com.photoapp.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import com.photoapp.devstack.Stack;
import com.photoapp.devstack.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API as a browser sees it: everything goes through the gateway with a bearer token. */
final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI gateway;

	private final String token;

	private final Duration timeout;

	ApiClient(URI gateway, String token) {
		this(gateway, token, Duration.ofSeconds(30));
	}

	private ApiClient(URI gateway, String token, Duration timeout) {
		this.gateway = gateway;
		this.token = token;
		this.timeout = timeout;
	}

	/** The same client waiting longer for each answer, for requests that work through gigabytes. */
	/**
	 * Signs a person in at the stack's issuer as the SPA does and calls the API as them.
	 * @param stack the running stack
	 * @param user the issuer's user name
	 * @param password their password
	 * @return a client with their access token
	 */
	static ApiClient signedIn(Stack stack, String user, String password) {
		return new ApiClient(stack.gatewayUri(), TokenClient.accessToken(stack.issuerUri(), Stack.SPA_CLIENT_ID,
				URI.create(stack.gatewayUri() + "/"), user, password));
	}

	ApiClient withTimeout(Duration timeout) {
		return new ApiClient(this.gateway, this.token, timeout);
	}

	HttpResponse<byte[]> get(String path) {
		return send(request(path).GET());
	}

	/** A GET with extra request headers, such as a forged {@code X-User-Id}. */
	HttpResponse<byte[]> get(String path, String... headers) {
		return send(request(path).headers(headers).GET());
	}

	HttpResponse<byte[]> patchJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<byte[]> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A CORS preflight from the given origin. */
	HttpResponse<byte[]> preflight(String path, String origin) {
		return send(HttpRequest.newBuilder(this.gateway.resolve(path))
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	/**
	 * Downloads a photo's original without holding it, and hashes it.
	 * @param photoId the photo
	 * @return the SHA-256 of the bytes served, in hex
	 */
	String originalSha256(String photoId) {
		HttpResponse<InputStream> download = getStream("/api/photos/" + photoId + "/content?variant=original");
		if (download.statusCode() != 200) {
			throw new IllegalStateException("GET original of " + photoId + " answered " + download.statusCode());
		}
		return sha256(download.body());
	}

	/**
	 * Hashes a stream to its end and closes it.
	 * @param content the bytes
	 * @return their SHA-256, in hex
	 */
	static String sha256(InputStream content) {
		try (content) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 20];
			for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<byte[]> putBytes(String path, byte[] content) {
		return send(request(path).header("Content-Type", "application/octet-stream")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
	}

	/** A GET whose body is streamed to the caller, for downloads too large to hold. */
	HttpResponse<InputStream> getStream(String path) {
		try {
			return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Announces a whole body but sends only its first {@code sent} bytes before closing the
	 * connection, as a phone leaving Wi-Fi does.
	 */
	void putCutOff(String path, byte[] content, int sent) {
		try (Socket socket = new Socket(this.gateway.getHost(), this.gateway.getPort())) {
			OutputStream out = socket.getOutputStream();
			out.write(("PUT " + path + " HTTP/1.1\r\nHost: " + this.gateway.getAuthority() + "\r\nAuthorization: Bearer "
					+ this.token + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + content.length
					+ "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(content, 0, sent);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	HttpResponse<byte[]> delete(String path) {
		return send(request(path).DELETE());
	}

	HttpResponse<byte[]> upload(String fileName, String contentType, byte[] content) {
		return upload(fileName, contentType, content, "");
	}

	/** An upload with extra text fields a client might add, such as {@code ownerId=...}. */
	HttpResponse<byte[]> upload(String fileName, String contentType, byte[] content, String extraField,
			String extraValue) {
		return upload(fileName, contentType, content, "Content-Disposition: form-data; name=\"" + extraField
				+ "\"\r\n\r\n" + extraValue + "\r\n");
	}

	private HttpResponse<byte[]> upload(String fileName, String contentType, byte[] content, String extraPart) {
		String boundary = "photoapp-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (!extraPart.isEmpty()) {
			body.writeBytes(("--" + boundary + "\r\n" + extraPart).getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request("/api/photos").header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	static JsonNode json(HttpResponse<byte[]> response) {
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.gateway.resolve(path)).timeout(this.timeout);
		return (this.token != null) ? builder.header("Authorization", "Bearer " + this.token) : builder;
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
