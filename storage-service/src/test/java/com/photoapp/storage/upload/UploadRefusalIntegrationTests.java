package com.photoapp.storage.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.image.TestImages;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad upload, sent over HTTP to the real service with Azurite and PostgreSQL: each gets
 * its status and problem type, and leaves no blob, no pending record and no registration behind.
 */
@StorageServiceTest
class UploadRefusalIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	private final String subject = TestTokens.newSubject();

	@Autowired
	private RestTestClient client;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void answerRegistrations() {
		StubPhotoService.shared().answerWith(Answer.CREATED);
	}

	static Stream<Arguments> refusals() {
		byte[] jpeg = TestImages.jpeg(320, 240);
		byte[] png = TestImages.png(320, 240);
		return Stream.of(
				refusal("a PDF named like a photo", "holiday.jpg", pdf(), 415, "unsupported-media-type"),
				refusal("an SVG with a script", "drawing.svg", svgWithScript(), 415, "unsupported-media-type"),
				refusal("an SVG with a script named .png", "drawing.png", svgWithScript(), 415,
						"unsupported-media-type"),
				refusal("HTML named .jpg", "cat.jpg", text("<!doctype html><script>alert(1)</script>"), 415,
						"unsupported-media-type"),
				refusal("a ZIP named .jpg", "archive.jpg", zip(), 415, "unsupported-media-type"),
				refusal("a Windows executable named .png", "setup.png", executable(), 415,
						"unsupported-media-type"),
				refusal("a JPEG with a ZIP appended", "polyglot.jpg", concat(jpeg, zip()), 415,
						"unsupported-media-type"),
				refusal("a PNG with bytes after its end", "polyglot.png", concat(png, text("<script>1</script>")),
						415, "unsupported-media-type"),
				refusal("a 50 000 x 50 000 PNG header", "bomb.png", TestImages.pngHeaderOnly(50_000, 50_000), 422,
						"image-too-large"),
				refusal("a 50 000 x 50 000 JPEG header", "bomb.jpg", jpegClaiming(jpeg, 50_000, 50_000), 422,
						"image-too-large"),
				refusal("a truncated JPEG", "cut.jpg", Arrays.copyOf(jpeg, jpeg.length * 2 / 3), 422,
						"corrupt-image"),
				refusal("a truncated PNG", "cut.png", Arrays.copyOf(png, png.length * 2 / 3), 422, "corrupt-image"),
				refusal("an empty file", "empty.jpg", new byte[0], 400, "empty-file"),
				refusal("a body over the size limit", "big.jpg",
						TestImages.withSignatureOf(jpeg, 3, new byte[1536 * 1024]), 413, "payload-too-large"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void refusesWithAProblemAndStoresNothing(String description, String fileName, byte[] content, int status,
			String type) {
		new StorageApi(this.client).upload(this.subject, fileName, content)
			.expectStatus()
			.isEqualTo(HttpStatus.valueOf(status))
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + type);

		assertThat(blobsOfOwner()).isEmpty();
		assertThat(pendingRecordsOfOwner()).isZero();
		assertThat(StubPhotoService.shared().registrations()).isEmpty();
	}

	private List<String> blobsOfOwner() {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(TestTokens.ownerOf(this.subject) + "/");
		return this.container.listBlobs(options, null).stream().map(BlobItem::getName).toList();
	}

	private int pendingRecordsOfOwner() {
		return this.jdbc.sql("select count(*) from storage.pending_upload where owner_id = ?")
			.param(TestTokens.ownerOf(this.subject))
			.query(Integer.class)
			.single();
	}

	private static Arguments refusal(String description, String fileName, byte[] content, int status, String type) {
		return Arguments.of(description, fileName, content, status, type);
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] pdf() {
		return text("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
	}

	private static byte[] svgWithScript() {
		return text("""
				<?xml version="1.0"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
				<script>fetch('/api/users/me')</script><rect width="10" height="10"/></svg>
				""");
	}

	private static byte[] executable() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		return exe;
	}

	private static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("index.html"));
			zip.write(text("<script>alert(1)</script>"));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	// Rewrites the frame header of a real JPEG, so only the claimed size differs from a valid file.
	private static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
		byte[] bomb = jpeg.clone();
		for (int i = 2; i < bomb.length - 9; i++) {
			if ((bomb[i] & 0xFF) == 0xFF && (bomb[i + 1] & 0xFF) == 0xC0) {
				bomb[i + 5] = (byte) (height >> 8);
				bomb[i + 6] = (byte) height;
				bomb[i + 7] = (byte) (width >> 8);
				bomb[i + 8] = (byte) width;
				return bomb;
			}
		}
		throw new IllegalStateException("No baseline frame header found");
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] joined = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, joined, first.length, second.length);
		return joined;
	}

}
