package com.photoapp.storage.content;

import java.util.UUID;

import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.image.TestImages;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * User files are served so that a browser never runs them: a sandboxing policy, a disposition and
 * the type the server decided at upload, for every variant, and nothing for anyone else.
 */
@StorageServiceTest
class ContentIsolationIntegrationTests {

	private final String subject = TestTokens.newSubject();

	@Autowired
	private RestTestClient client;

	private StorageApi api;

	private UUID photoId;

	@BeforeEach
	void uploadPhoto() {
		this.api = new StorageApi(this.client);
		StubPhotoService.shared().answerWith(Answer.CREATED);
		this.photoId = this.api.upload(this.subject, "photo.html", TestImages.png(300, 200))
			.expectStatus()
			.isCreated()
			.returnResult(CataloguedPhoto.class)
			.getResponseBody()
			.id();
	}

	@Test
	void originalIsSandboxedWithTheDetectedTypeAndExtension() {
		this.api.content(this.subject, this.photoId, "original")
			.expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; sandbox")
			.expectHeader().valueEquals(HttpHeaders.CONTENT_TYPE, "image/png")
			.expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"photo.html.png\"; filename*=UTF-8''photo.html.png");
	}

	@Test
	void thumbnailIsSandboxedToo() {
		this.api.content(this.subject, this.photoId, "thumb")
			.expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; sandbox")
			.expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
	}

	@Test
	void anotherUserGetsNotFoundForEveryVariant() {
		String other = TestTokens.newSubject();
		for (String variant : new String[] { "original", "thumb" }) {
			this.api.content(other, this.photoId, variant).expectStatus().isNotFound();
		}
	}

}
