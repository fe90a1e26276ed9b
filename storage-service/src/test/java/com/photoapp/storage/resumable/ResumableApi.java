package com.photoapp.storage.resumable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.photoapp.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/**
 * Calls the resumable upload API as a client does, including a chunk whose connection breaks.
 */
final class ResumableApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestTestClient client;

	private final int port;

	private final String subject;

	ResumableApi(RestTestClient client, int port, String subject) {
		this.client = client;
		this.port = port;
		this.subject = subject;
	}

	ResponseSpec declare(String fileName, long size, String sha256, Long chunkSize) {
		String body = (chunkSize != null)
				? "{\"fileName\":\"%s\",\"sizeBytes\":%d,\"sha256\":\"%s\",\"chunkSize\":%d}".formatted(fileName, size,
						sha256, chunkSize)
				: "{\"fileName\":\"%s\",\"sizeBytes\":%d,\"sha256\":\"%s\"}".formatted(fileName, size, sha256);
		return this.client.post()
			.uri("/api/uploads")
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	JsonNode declared(String fileName, long size, String sha256, Long chunkSize) {
		byte[] body = declare(fileName, size, sha256, chunkSize).expectStatus()
			.isCreated()
			.returnResult(byte[].class)
			.getResponseBody();
		return JSON.readTree(body);
	}

	ResponseSpec chunk(String id, int index, byte[] content) {
		return this.client.put()
			.uri("/api/uploads/{id}/chunks/{index}", id, index)
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(content)
			.exchange();
	}

	ResponseSpec status(String id) {
		return this.client.get()
			.uri("/api/uploads/{id}", id)
			.headers((headers) -> headers.setBearerAuth(token()))
			.exchange();
	}

	JsonNode statusJson(String id) {
		return JSON.readTree(status(id).expectStatus().isOk().returnResult(byte[].class).getResponseBody());
	}

	ResponseSpec complete(String id) {
		return this.client.post()
			.uri("/api/uploads/{id}/complete", id)
			.headers((headers) -> headers.setBearerAuth(token()))
			.exchange();
	}

	ResponseSpec abort(String id) {
		return this.client.delete()
			.uri("/api/uploads/{id}", id)
			.headers((headers) -> headers.setBearerAuth(token()))
			.exchange();
	}

	/**
	 * Announces a whole chunk but sends only part of it before the connection drops, as a phone
	 * leaving Wi-Fi does.
	 */
	void chunkCutOff(String id, int index, byte[] content, int sent) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("PUT /api/uploads/" + id + "/chunks/" + index + " HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Bearer " + token() + "\r\nContent-Type: application/octet-stream\r\n"
					+ "Content-Length: " + content.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(Arrays.copyOf(content, sent));
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode json(byte[] body) {
		return JSON.readTree(body);
	}

	private String token() {
		return TestTokens.shared().accessToken(this.subject);
	}

}
