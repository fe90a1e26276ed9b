package com.photoapp.storage.upload;

import java.nio.charset.StandardCharsets;

import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.image.TestImages;
import com.photoapp.testsupport.PrometheusScrape;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the upload meters, read from the Prometheus endpoint, move by exactly what each
 * upload did.
 */
@StorageServiceTest
class UploadMetricsIntegrationTests {

	private static final String UPLOADS = "photoapp_uploads_total";

	private final String subject = TestTokens.newSubject();

	@Autowired
	private RestTestClient client;

	@LocalManagementPort
	private int managementPort;

	private StorageApi api;

	@BeforeEach
	void answerRegistrations() {
		this.api = new StorageApi(this.client);
		StubPhotoService.shared().answerWith(Answer.CREATED);
	}

	@Test
	void storedUploadCountsItsBytesDurationAndDerivatives() {
		byte[] jpeg = TestImages.jpeg(320, 240);
		PrometheusScrape before = scrape();

		this.api.upload(this.subject, "a.jpg", jpeg).expectStatus().isCreated();

		PrometheusScrape after = scrape();
		assertThat(moved(before, after, UPLOADS, "outcome", "stored")).isEqualTo(1);
		assertThat(moved(before, after, "photoapp_uploads_stored_size_bytes_sum")).isEqualTo(jpeg.length);
		assertThat(moved(before, after, "photoapp_uploads_duration_seconds_count")).isEqualTo(1);
		assertThat(moved(before, after, "photoapp_derivatives_duration_seconds_count")).isEqualTo(1);
	}

	@Test
	void duplicateIsCountedApartAndStoresNoBytes() {
		StubPhotoService.shared().answerWith(Answer.DUPLICATE);
		PrometheusScrape before = scrape();

		this.api.upload(this.subject, "again.jpg", TestImages.jpeg(64, 64)).expectStatus().isOk();

		PrometheusScrape after = scrape();
		assertThat(moved(before, after, UPLOADS, "outcome", "duplicate")).isEqualTo(1);
		assertThat(moved(before, after, UPLOADS, "outcome", "stored")).isZero();
		assertThat(moved(before, after, "photoapp_uploads_stored_size_bytes_count")).isZero();
	}

	@Test
	void refusalIsCountedWithTheProblemTypeAsReason() {
		byte[] html = "<html><body>not a photo</body></html>".getBytes(StandardCharsets.UTF_8);
		PrometheusScrape before = scrape();

		this.api.upload(this.subject, "page.jpg", html).expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

		PrometheusScrape after = scrape();
		assertThat(moved(before, after, UPLOADS, "outcome", "rejected", "reason", "unsupported-media-type"))
			.isEqualTo(1);
		assertThat(moved(before, after, UPLOADS, "outcome", "stored")).isZero();
	}

	@Test
	void quotaRefusalFromTheCatalogueIsCountedAsQuotaExceeded() {
		StubPhotoService.shared().answerWith(Answer.QUOTA_EXCEEDED);
		PrometheusScrape before = scrape();

		this.api.upload(this.subject, "full.jpg", TestImages.jpeg(64, 64))
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);

		PrometheusScrape after = scrape();
		assertThat(moved(before, after, UPLOADS, "outcome", "rejected", "reason", "quota-exceeded")).isEqualTo(1);
	}

	private static double moved(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
		return after.value(name, labels) - before.value(name, labels);
	}

	private PrometheusScrape scrape() {
		return PrometheusScrape.parse(RestTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.managementPort)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody());
	}

}
