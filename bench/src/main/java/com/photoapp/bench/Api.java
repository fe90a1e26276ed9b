package com.photoapp.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.photoapp.devstack.Stack;
import com.photoapp.devstack.TokenClient;
import com.photoapp.security.OwnerIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One user's calls to one base address: the gateway, or a service straight, with the same token. */
final class Api {

	// HTTP/1.1 as wrk and browsers on a keep-alive connection; the JDK would otherwise try an h2c upgrade.
	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final String token;

	private Api(URI base, String token) {
		this.base = base;
		this.token = token;
	}

	/** Signs in through the local issuer's code flow and calls the gateway. */
	static Api signIn(Stack stack, String user) {
		String token = TokenClient.accessToken(stack.issuerUri(), Stack.SPA_CLIENT_ID,
				URI.create(stack.gatewayUri() + "/"), user, user + "-password");
		return new Api(stack.gatewayUri(), token);
	}

	/** The same user and token, straight to another address, such as a service behind the gateway. */
	Api at(URI base) {
		return new Api(base, this.token);
	}

	String token() {
		return this.token;
	}

	URI base() {
		return this.base;
	}

	/** The owner id the services derive from the token's issuer and subject. */
	UUID ownerId() {
		String payload = this.token.split("\\.")[1];
		JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
		return OwnerIds.of(claims.path("iss").asString(), claims.path("sub").asString());
	}

	HttpResponse<byte[]> get(String path) {
		return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A GET whose body is read to the end and dropped; returns the number of bytes read. */
	long download(String path) {
		HttpResponse<byte[]> response = send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
		expect(response, 200);
		return response.body().length;
	}

	HttpResponse<byte[]> delete(String path) {
		return send(request(path).DELETE(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Uploads one file the way the SPA does, as {@code multipart/form-data}; returns the new photo's id. */
	String upload(String fileName, String contentType, byte[] content) {
		String boundary = "bench-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<byte[]> response = send(request("/api/photos")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofByteArray());
		expect(response, 201);
		return json(response).path("id").asString();
	}

	static JsonNode json(HttpResponse<byte[]> response) {
		return JSON.readTree(response.body());
	}

	static void expect(HttpResponse<byte[]> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.uri().getPath() + " answered "
					+ response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + this.token);
	}

	private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
		try {
			return HTTP.send(request.build(), handler);
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
