package com.photoapp.storage.upload;

import java.util.UUID;
import java.util.stream.Stream;

import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.catalogue.CataloguedPhoto;
import com.photoapp.storage.image.TestImages;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File names are display data: whatever a client sends as a name is registered cleaned, and the
 * download of the original offers it without breaking out of its header.
 */
@StorageServiceTest
class HostileFileNameIntegrationTests {

	private final String subject = TestTokens.newSubject();

	@Autowired
	private RestTestClient client;

	private StorageApi api;

	@BeforeEach
	void answerRegistrations() {
		this.api = new StorageApi(this.client);
		StubPhotoService.shared().answerWith(Answer.CREATED);
	}

	static Stream<Arguments> names() {
		return Stream.of(Arguments.of("../../etc/passwd.jpg", "passwd.jpg"),
				Arguments.of("C:\\Users\\eve\\holiday.jpg", "holiday.jpg"),
				Arguments.of("invoice\u202Egpj.exe", "invoicegpj.exe"),
				Arguments.of("line\r\nX-Injected: yes.jpg", "lineX-Injected: yes.jpg"),
				Arguments.of("quote\".jpg", "quote\".jpg"), Arguments.of("e\u0301te\u0301.jpg", "\u00e9t\u00e9.jpg"),
				Arguments.of("a".repeat(300) + ".jpg", "a".repeat(255)), Arguments.of("..", "photo.jpg"));
	}

	@ParameterizedTest
	@MethodSource("names")
	void registersTheCleanedNameAndOffersItSafely(String sent, String registered) {
		CataloguedPhoto photo = this.api.upload(this.subject, sent, TestImages.jpeg(32, 32))
			.expectStatus()
			.isCreated()
			.returnResult(CataloguedPhoto.class)
			.getResponseBody();

		assertThat(StubPhotoService.shared().registrations().getFirst().body().get("fileName").asString())
			.isEqualTo(registered);
		HttpHeaders headers = download(photo.id());
		assertThat(headers.get("X-Injected")).isNull();
		String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment; filename=")
			.contains("filename*=UTF-8''")
			.doesNotContain("\r", "\n", "/");
		String offered = registered.endsWith(".jpg") ? registered : registered + ".jpg";
		assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(offered);
	}

	private HttpHeaders download(UUID photoId) {
		return this.api.content(this.subject, photoId, "original")
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseHeaders();
	}

}
