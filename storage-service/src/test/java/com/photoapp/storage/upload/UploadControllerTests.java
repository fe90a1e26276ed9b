package com.photoapp.storage.upload;

import java.nio.charset.StandardCharsets;

import com.photoapp.security.ResourceServerAutoConfiguration;
import com.photoapp.storage.StorageProperties;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.catalogue.PhotoCatalogue;
import com.photoapp.storage.image.ImageProcessor;
import com.photoapp.storage.image.TestImages;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Refusals of the upload endpoint. Each is decided before anything is stored, which the untouched
 * collaborators confirm.
 */
@WebMvcTest(UploadController.class)
@ImportAutoConfiguration(ResourceServerAutoConfiguration.class)
@Import({ UploadService.class, PhotoIntake.class, ImageProcessor.class, UploadMetrics.class,
		SimpleMeterRegistry.class })
@EnableConfigurationProperties(StorageProperties.class)
// The blob store is never reached by a refused upload, so its connection string is a placeholder.
@TestPropertySource(properties = { "photoapp.storage.max-upload-size=64KB",
		"photoapp.storage.connection-string=not-used-by-refusals" })
class UploadControllerTests {

	@Autowired
	private MockMvcTester mvc;

	// Token validation is covered by security-support; here the jwt() post-processor signs in.
	@MockitoBean
	private JwtDecoder jwtDecoder;

	@MockitoBean
	private PendingUploads pendingUploads;

	@MockitoBean
	private PhotoBlobs blobs;

	@MockitoBean
	private PhotoCatalogue catalogue;

	@AfterEach
	void nothingWasStored() {
		verifyNoInteractions(this.pendingUploads, this.blobs, this.catalogue);
	}

	@Test
	void refusesEmptyFileWith400() {
		assertThat(upload(file("empty.jpg", new byte[0]))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/empty-file");
	}

	@Test
	void refusesHtmlDeclaredAsJpegWith415() {
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

		assertThat(upload(file("cat.jpg", html))).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/unsupported-media-type");
	}

	@Test
	void answersProblemJson() {
		assertThat(upload(file("empty.jpg", new byte[0]))).hasContentType("application/problem+json");
	}

	@Test
	void refusesFileOverTheLimitWith413() {
		byte[] big = TestImages.withSignatureOf(TestImages.jpeg(8, 8), 3, new byte[65 * 1024]);

		assertThat(upload(file("big.jpg", big))).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/payload-too-large");
	}

	@Test
	void refusesImageWithTooManyPixelsWith422() {
		assertThat(upload(file("huge.png", TestImages.pngHeaderOnly(100_000, 100_000))))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/image-too-large");
	}

	@Test
	void refusesUndecodableImageWith422() {
		assertThat(upload(file("broken.png", TestImages.pngHeaderOnly(64, 64))))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/corrupt-image");
	}

	@Test
	void refusesRequestWithoutFilePartWith400() {
		assertThat(upload(new MockMultipartFile("picture", "a.jpg", "image/jpeg", TestImages.jpeg(8, 8))))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void refusesAnonymousUploadWith401() {
		assertThat(this.mvc.post().uri("/api/photos").multipart().file(file("a.jpg", TestImages.jpeg(8, 8))))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult upload(MockMultipartFile file) {
		return this.mvc.post()
			.uri("/api/photos")
			.multipart()
			.file(file)
			.with(jwt().jwt((token) -> token.issuer("https://issuer.test/").subject("alice")))
			.exchange();
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "image/jpeg", content);
	}

}
