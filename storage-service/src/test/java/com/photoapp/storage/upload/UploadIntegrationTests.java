package com.photoapp.storage.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.StubPhotoService.Registration;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.image.TestImages;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the one-shot upload against Azurite, PostgreSQL and a stubbed photo-service.
 */
@StorageServiceTest
class UploadIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	private final String subject = TestTokens.newSubject();

	private final UUID ownerId = TestTokens.ownerOf(this.subject);

	@Autowired
	private RestTestClient client;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private JdbcClient jdbc;

	private StorageApi api;

	@BeforeEach
	void answerRegistrations() {
		this.api = new StorageApi(this.client);
		StubPhotoService.shared().answerWith(Answer.CREATED);
	}

	@Test
	void answersCreatedWithTheCataloguedPhoto() {
		CataloguedPhoto photo = this.api.upload(this.subject, "../holiday.jpg", TestImages.jpeg(800, 600))
			.expectStatus()
			.isCreated()
			.returnResult(CataloguedPhoto.class)
			.getResponseBody();

		assertThat(photo.fileName()).isEqualTo("holiday.jpg");
		assertThat(photo.width()).isEqualTo(800);
		assertThat(photo.height()).isEqualTo(600);
	}

	@Test
	void pointsLocationAtThePhoto() {
		this.api.upload(this.subject, "a.png", TestImages.png(40, 30))
			.expectHeader()
			.value("Location", (location) -> assertThat(location).matches("/api/photos/[0-9a-f-]{36}"));
	}

	@Test
	void storesTheOriginalUnchanged() {
		byte[] jpeg = TestImages.jpeg(800, 600);

		UUID photoId = uploaded(jpeg);

		assertThat(this.container.getBlobClient(key(photoId, "original")).downloadContent().toBytes()).isEqualTo(jpeg);
		assertThat(this.container.getBlobClient(key(photoId, "original")).getProperties().getContentType())
			.isEqualTo("image/jpeg");
	}

	@Test
	void storesAThumbnail() throws IOException {
		UUID photoId = uploaded(TestImages.jpeg(800, 600));

		byte[] thumb = this.container.getBlobClient(key(photoId, "thumb")).downloadContent().toBytes();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumb));

		assertThat(image.getWidth()).isEqualTo(256);
		assertThat(image.getHeight()).isEqualTo(192);
	}

	@Test
	void registersSizeHashAndDimensionsWithTheCallersToken() throws NoSuchAlgorithmException {
		byte[] png = TestImages.png(120, 90);

		uploaded(png);

		Registration registration = StubPhotoService.shared().registrations().getFirst();
		assertThat(registration.authorization()).startsWith("Bearer ey");
		assertThat(registration.body().get("contentType").asString()).isEqualTo("image/png");
		assertThat(registration.body().get("sizeBytes").asLong()).isEqualTo(png.length);
		assertThat(registration.body().get("sha256").asString()).isEqualTo(sha256(png));
		assertThat(registration.body().get("width").asInt()).isEqualTo(120);
		assertThat(registration.body().get("height").asInt()).isEqualTo(90);
		assertThat(registration.body().get("takenAt").isNull()).isTrue();
	}

	@Test
	void leavesNoPendingRecordAfterRegistration() {
		UUID photoId = uploaded(TestImages.jpeg(64, 64));

		assertThat(pendingRecords(photoId)).isZero();
	}

	@Test
	void removesBlobsWhenCatalogueFails() {
		StubPhotoService.shared().answerWith(Answer.FAILED);

		this.api.upload(this.subject, "a.jpg", TestImages.jpeg(64, 64))
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "catalogue-unavailable")
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).doesNotContain("boom"));

		UUID photoId = registeredPhotoId();
		assertThat(blobsOf(photoId)).isEmpty();
		assertThat(pendingRecords(photoId)).isZero();
	}

	@Test
	void passesCatalogueRefusalOnAsBadGateway() {
		StubPhotoService.shared().answerWith(Answer.REJECTED);

		this.api.upload(this.subject, "a.jpg", TestImages.jpeg(64, 64))
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_GATEWAY)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "registration-rejected")
			.jsonPath("$.upstream.type")
			.isEqualTo(PROBLEMS + "invalid-registration");

		assertThat(blobsOf(registeredPhotoId())).isEmpty();
	}

	@Test
	void answersTheExistingPhotoForBytesTheOwnerHasAndKeepsNoBlob() {
		StubPhotoService.shared().answerWith(Answer.DUPLICATE);

		CataloguedPhoto photo = this.api.upload(this.subject, "again.jpg", TestImages.jpeg(64, 64))
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist("Location")
			.returnResult(CataloguedPhoto.class)
			.getResponseBody();

		assertThat(photo.id()).isEqualTo(StubPhotoService.EXISTING_PHOTO_ID);
		assertThat(photo.isDuplicateUpload()).isTrue();
		UUID written = registeredPhotoId();
		assertThat(blobsOf(written)).isEmpty();
		assertThat(pendingRecords(written)).isZero();
	}

	@Test
	void passesQuotaRefusalOnAndKeepsNothing() {
		StubPhotoService.shared().answerWith(Answer.QUOTA_EXCEEDED);

		this.api.upload(this.subject, "full.jpg", TestImages.jpeg(64, 64))
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "quota-exceeded")
			.jsonPath("$.quotaBytes")
			.isEqualTo(1024)
			.jsonPath("$.instance")
			.isEqualTo("/api/photos");

		UUID written = registeredPhotoId();
		assertThat(blobsOf(written)).isEmpty();
		assertThat(pendingRecords(written)).isZero();
	}

	@Test
	void storesAPreviewAndRegistersThatDerivativesExist() throws IOException {
		UUID photoId = uploaded(TestImages.jpeg(2400, 1200));

		byte[] preview = this.container.getBlobClient(key(photoId, "preview")).downloadContent().toBytes();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview));

		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(image.getHeight()).isEqualTo(800);
		assertThat(StubPhotoService.shared().registrations().getFirst().body().get("derivatives").asBoolean())
			.isTrue();
	}

	@Test
	void refusesBodyOverTheLimitWhileReadingIt() {
		byte[] oversized = TestImages.withSignatureOf(TestImages.jpeg(8, 8), 3, new byte[1536 * 1024]);

		this.api.upload(this.subject, "big.jpg", oversized)
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "payload-too-large");

		assertThat(StubPhotoService.shared().registrations()).isEmpty();
	}

	@Test
	void refusesRequestWithoutValidToken() {
		this.client.post()
			.uri("/api/photos")
			.headers((headers) -> headers.setBearerAuth("not-a-token"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private UUID uploaded(byte[] content) {
		return this.api.upload(this.subject, "photo", content)
			.expectStatus()
			.isCreated()
			.returnResult(CataloguedPhoto.class)
			.getResponseBody()
			.id();
	}

	private UUID registeredPhotoId() {
		return UUID.fromString(StubPhotoService.shared().registrations().getFirst().body().get("photoId").asString());
	}

	private List<String> blobsOf(UUID photoId) {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(this.ownerId + "/" + photoId + "/");
		return this.container.listBlobs(options, null).stream().map(BlobItem::getName).toList();
	}

	private int pendingRecords(UUID photoId) {
		return this.jdbc.sql("select count(*) from storage.pending_upload where photo_id = ?")
			.param(photoId)
			.query(Integer.class)
			.single();
	}

	private String key(UUID photoId, String variant) {
		return this.ownerId + "/" + photoId + "/" + variant;
	}

	private static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
