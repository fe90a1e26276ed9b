package com.photoapp.storage.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.photoapp.testsupport.TestTokens;
import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.upload.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for streaming stored renditions back to their owner.
 */
@StorageServiceTest
class ContentIntegrationTests {

	private static final byte[] ORIGINAL = TestImages.jpeg(1000, 500);

	private final String subject = TestTokens.newSubject();

	@Autowired
	private RestTestClient client;

	private StorageApi api;

	private UUID photoId;

	@BeforeEach
	void uploadPhoto() {
		this.api = new StorageApi(this.client);
		StubPhotoService.shared().answerWith(Answer.CREATED);
		this.photoId = this.api.upload(this.subject, "wide.jpg", ORIGINAL)
			.expectStatus()
			.isCreated()
			.returnResult(CataloguedPhoto.class)
			.getResponseBody()
			.id();
	}

	@Test
	void streamsTheOriginalUnchanged() {
		byte[] body = this.api.content(this.subject, this.photoId, "original")
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_JPEG)
			.expectHeader()
			.contentLength(ORIGINAL.length)
			.returnResult(byte[].class)
			.getResponseBody();

		assertThat(body).isEqualTo(ORIGINAL);
	}

	@Test
	void servesTheOriginalInlineAndRevalidated() {
		this.api.content(this.subject, this.photoId, "original")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-cache")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.values(HttpHeaders.ETAG, (values) -> assertThat(values).hasSize(1));
	}

	@Test
	void streamsTheThumbnailWithLongPrivateCaching() throws IOException {
		byte[] body = this.api.content(this.subject, this.photoId, "thumb")
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
			.returnResult(byte[].class)
			.getResponseBody();

		BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(body));
		assertThat(thumb.getWidth()).isEqualTo(256);
		assertThat(thumb.getHeight()).isEqualTo(128);
	}

	@Test
	void answersNotModifiedForCurrentETag() {
		String eTag = this.api.content(this.subject, this.photoId, "thumb")
			.returnResult()
			.getResponseHeaders()
			.getETag();

		this.client.get()
			.uri("/api/photos/{id}/content?variant=thumb", this.photoId)
			.headers((headers) -> {
				headers.setBearerAuth(TestTokens.shared().accessToken(this.subject));
				headers.setIfNoneMatch(eTag);
			})
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, eTag);
	}

	@Test
	void hidesThePhotoFromAnotherOwner() {
		this.api.content(TestTokens.newSubject(), this.photoId, "original")
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_FOUND)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/photo-not-found");
	}

}
