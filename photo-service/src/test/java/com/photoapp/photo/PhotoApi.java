package com.photoapp.photo;

import com.photoapp.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Calls the running service as one user, with that user's access token. */
public final class PhotoApi {

	private final RestTestClient client;

	private final String subject;

	private PhotoApi(RestTestClient client, String subject) {
		this.client = client;
		this.subject = subject;
	}

	/** A new user with an owner id no other test shares. */
	public static PhotoApi newUser(int port) {
		return asUser(port, TestTokens.newSubject());
	}

	public static PhotoApi asUser(int port, String subject) {
		String token = TestTokens.shared().accessToken(subject);
		RestTestClient client = RestTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build();
		return new PhotoApi(client, subject);
	}

	public RestTestClient client() {
		return this.client;
	}

	public UUID ownerId() {
		return TestTokens.ownerOf(this.subject);
	}

	public RestTestClient.ResponseSpec register(Map<String, ?> body) {
		return this.client.post().uri("/internal/photos").contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	/** Registers a photo and returns its id. */
	public UUID registerPhoto(@Nullable Instant takenAt) {
		UUID photoId = UUID.randomUUID();
		register(registration(photoId, takenAt)).expectStatus().isCreated();
		return photoId;
	}

	/** Registers a photo, moves it to the trash and returns its id. */
	public UUID registerTrashedPhoto() {
		UUID photoId = registerPhoto(null);
		this.client.delete().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNoContent();
		return photoId;
	}

	/** Purges a photo from the trash. */
	public void purge(UUID photoId) {
		this.client.delete().uri("/api/trash/{id}", photoId).exchange().expectStatus().isNoContent();
	}

	/** A valid registration body; its hash follows from the photo id, so a retry sends the same bytes. */
	public static Map<String, Object> registration(UUID photoId, @Nullable Instant takenAt) {
		Map<String, Object> body = new HashMap<>();
		body.put("photoId", photoId);
		body.put("fileName", "IMG_0001.jpg");
		body.put("contentType", "image/jpeg");
		body.put("sizeBytes", 123_456);
		body.put("sha256", sha256(photoId.toString()));
		body.put("width", 640);
		body.put("height", 480);
		body.put("takenAt", takenAt);
		return body;
	}

	/** Lower-case hex SHA-256 of the text, standing in for a file's hash. */
	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
