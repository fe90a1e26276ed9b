package com.photoapp.storage.content;

import java.util.Optional;
import java.util.UUID;

import com.photoapp.security.OwnerIds;
import com.photoapp.security.ResourceServerAutoConfiguration;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import com.photoapp.storage.upload.UploadMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Refusals of the content endpoint; streaming itself is covered against Azurite.
 */
@WebMvcTest(ContentController.class)
@ImportAutoConfiguration(ResourceServerAutoConfiguration.class)
// Upload refusals are counted by an advice that every MVC slice picks up.
@Import({ UploadMetrics.class, SimpleMeterRegistry.class })
class ContentControllerTests {

	private static final String ISSUER = "https://issuer.test/";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private JwtDecoder jwtDecoder;

	@MockitoBean
	private PhotoBlobs blobs;

	@Test
	void answers404ForMissingBlob() {
		UUID photoId = UUID.randomUUID();
		given(this.blobs.open(OwnerIds.of(ISSUER, "alice"), photoId, Variant.THUMB)).willReturn(Optional.empty());

		assertThat(get("/api/photos/" + photoId + "/content?variant=thumb")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/photo-not-found");
	}

	@Test
	void answers400ForUnknownVariant() {
		assertThat(get("/api/photos/" + UUID.randomUUID() + "/content?variant=huge")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/invalid-parameter");
	}

	@Test
	void answers400ForMalformedId() {
		assertThat(get("/api/photos/not-a-uuid/content")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/invalid-parameter");
	}

	@Test
	void hidesDetailsOfUnexpectedFailures() {
		given(this.blobs.open(any(), any(), any())).willThrow(new IllegalStateException("AccountKey=secret"));

		MvcTestResult result = get("/api/photos/" + UUID.randomUUID() + "/content");

		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://photoapp.dev/problems/internal-error");
		assertThat(result).bodyText().doesNotContain("secret");
	}

	@Test
	void answers401WithoutToken() {
		assertThat(this.mvc.get().uri("/api/photos/" + UUID.randomUUID() + "/content"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get()
			.uri(uri)
			.with(jwt().jwt((token) -> token.issuer(ISSUER).subject("alice")))
			.exchange();
	}

}
