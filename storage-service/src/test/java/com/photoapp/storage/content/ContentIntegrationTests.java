package com.photoapp.storage.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.photoapp.testsupport.TestTokens;
import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.image.TestImages;
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
	void servesTheOriginalAsAnAttachmentUnderItsNameAndRevalidated() {
		this.api.content(this.subject, this.photoId, "original")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "private, no-cache")
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION, (value) -> assertThat(value).startsWith("attachment;")
				.contains("filename*=UTF-8''wide.jpg"))
			.expectHeader()
			.valueEquals(HttpHeaders.ACCEPT_RANGES, "bytes")
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
	void streamsThePreviewInlineWithLongPrivateCaching() throws IOException {
		byte[] body = this.api.content(this.subject, this.photoId, "preview")
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.returnResult(byte[].class)
			.getResponseBody();

		BufferedImage preview = ImageIO.read(new ByteArrayInputStream(body));
		assertThat(preview.getWidth()).isEqualTo(1000);
		assertThat(preview.getHeight()).isEqualTo(500);
	}

	@Test
	void servesOneByteRange() {
		byte[] body = ranged("bytes=100-1099", null).expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_RANGE, "bytes 100-1099/" + ORIGINAL.length)
			.expectHeader()
			.contentLength(1000)
			.returnResult(byte[].class)
			.getResponseBody();

		assertThat(body).isEqualTo(Arrays.copyOfRange(ORIGINAL, 100, 1100));
	}

	@Test
	void servesASuffixRange() {
		byte[] body = ranged("bytes=-10", null).expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.returnResult(byte[].class)
			.getResponseBody();

		assertThat(body).isEqualTo(Arrays.copyOfRange(ORIGINAL, ORIGINAL.length - 10, ORIGINAL.length));
	}

	@Test
	void resumesFromAnOffsetToTheEnd() {
		byte[] body = ranged("bytes=" + (ORIGINAL.length - 5) + "-", null).expectStatus()
			.isEqualTo(HttpStatus.PARTIAL_CONTENT)
			.returnResult(byte[].class)
			.getResponseBody();

		assertThat(body).isEqualTo(Arrays.copyOfRange(ORIGINAL, ORIGINAL.length - 5, ORIGINAL.length));
	}

	@Test
	void refusesARangeBeyondTheEnd() {
		ranged("bytes=" + ORIGINAL.length + "-", null).expectStatus()
			.isEqualTo(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_RANGE, "bytes */" + ORIGINAL.length)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/range-not-satisfiable");
	}

	@Test
	void servesEverythingForSeveralRangesOrAMalformedOne() {
		for (String range : new String[] { "bytes=0-1,5-6", "bytes=x-y", "lines=1-2" }) {
			byte[] body = ranged(range, null).expectStatus().isOk().returnResult(byte[].class).getResponseBody();
			assertThat(body).as(range).isEqualTo(ORIGINAL);
		}
	}

	@Test
	void servesEverythingWhenIfRangeNamesAnotherVersion() {
		byte[] body = ranged("bytes=0-9", "\"stale\"").expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody();

		assertThat(body).isEqualTo(ORIGINAL);
	}

	@Test
	void servesTheRangeWhenIfRangeNamesTheCurrentVersion() {
		String eTag = this.api.content(this.subject, this.photoId, "original")
			.returnResult()
			.getResponseHeaders()
			.getETag();

		ranged("bytes=0-9", eTag).expectStatus().isEqualTo(HttpStatus.PARTIAL_CONTENT);
	}

	@Test
	void hidesAnotherOwnersPhotoFromARangeRequest() {
		this.client.get()
			.uri("/api/photos/{id}/content", this.photoId)
			.headers((headers) -> {
				headers.setBearerAuth(TestTokens.shared().accessToken(TestTokens.newSubject()));
				headers.set(HttpHeaders.RANGE, "bytes=0-9");
			})
			.exchange()
			.expectStatus()
			.isNotFound();
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

	private RestTestClient.ResponseSpec ranged(String range, String ifRange) {
		return this.client.get().uri("/api/photos/{id}/content", this.photoId).headers((headers) -> {
			headers.setBearerAuth(TestTokens.shared().accessToken(this.subject));
			headers.set(HttpHeaders.RANGE, range);
			if (ifRange != null) {
				headers.set(HttpHeaders.IF_RANGE, ifRange);
			}
		}).exchange();
	}

}
