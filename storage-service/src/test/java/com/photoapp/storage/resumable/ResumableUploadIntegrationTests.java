package com.photoapp.storage.resumable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.photoapp.storage.StorageApi;
import com.photoapp.storage.StorageServiceTest;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.StubPhotoService.Answer;
import com.photoapp.storage.TestClock;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Resumable uploads against Azurite and PostgreSQL, with photo-service stubbed: chunks in any
 * order become staged blocks, completion commits and registers them, and every way an upload can
 * end leaves either a registered photo or nothing.
 */
@StorageServiceTest
class ResumableUploadIntegrationTests {

	private static final String PROBLEMS = "https://photoapp.dev/problems/";

	private static final int CHUNK = 256 * 1024;

	private static final byte[] PHOTO = noisyPng(640, 640);

	private final String subject = TestTokens.newSubject();

	private final UUID ownerId = TestTokens.ownerOf(this.subject);

	@Autowired
	private RestTestClient client;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private PhotoBlobs blobs;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Autowired
	private UploadSessionCleanup cleanup;

	@LocalServerPort
	private int port;

	private ResumableApi api;

	@BeforeEach
	void answerRegistrations() {
		this.api = new ResumableApi(this.client, this.port, this.subject);
		StubPhotoService.shared().answerWith(Answer.CREATED);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void chunksInAnyOrderCompleteIntoAByteIdenticalOriginal() {
		JsonNode session = this.api.declared("lake.png", PHOTO.length, sha256(PHOTO), (long) CHUNK);
		String id = session.path("id").asString();
		int count = session.path("chunkCount").asInt();
		assertThat(count).isEqualTo((PHOTO.length + CHUNK - 1) / CHUNK).isGreaterThan(2);

		for (int index = count - 1; index >= 0; index--) {
			this.api.chunk(id, index, chunk(PHOTO, index)).expectStatus().isNoContent();
		}
		assertThat(this.api.statusJson(id).path("receivedChunks").valueStream().map(JsonNode::asInt).toList())
			.containsExactlyElementsOf(java.util.stream.IntStream.range(0, count).boxed().toList());

		JsonNode photo = ResumableApi.json(
				this.api.complete(id).expectStatus().isCreated().returnResult(byte[].class).getResponseBody());

		UUID photoId = UUID.fromString(photo.path("id").asString());
		byte[] original = new StorageApi(this.client).content(this.subject, photoId, "original")
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("image/png")
			.returnResult(byte[].class)
			.getResponseBody();
		assertThat(original).isEqualTo(PHOTO);
		assertThat(blobsOfOwner()).containsExactlyInAnyOrder(key(photoId, "original"), key(photoId, "thumb"),
				key(photoId, "preview"));
		JsonNode registration = StubPhotoService.shared().registrations().getFirst().body();
		assertThat(registration.path("sha256").asString()).isEqualTo(sha256(PHOTO));
		assertThat(registration.path("fileName").asString()).isEqualTo("lake.png");
		assertThat(sessionRows()).isZero();
	}

	@Test
	void resumesAfterAConnectionDropsMidChunk() {
		String id = this.api.declared("cut.png", PHOTO.length, sha256(PHOTO), (long) CHUNK).path("id").asString();
		this.api.chunk(id, 0, chunk(PHOTO, 0)).expectStatus().isNoContent();

		this.api.chunkCutOff(id, 1, chunk(PHOTO, 1), CHUNK / 3);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(received(id)).containsExactly(0));
		int count = this.api.statusJson(id).path("chunkCount").asInt();
		for (int index = 1; index < count; index++) {
			this.api.chunk(id, index, chunk(PHOTO, index)).expectStatus().isNoContent();
		}
		this.api.complete(id).expectStatus().isCreated();
		assertThat(StubPhotoService.shared().registrations()).hasSize(1);
	}

	@Test
	void aWrongDeclaredHashFailsAndKeepsNothing() {
		String id = uploadAllChunks(sha256("something else".getBytes()));

		this.api.complete(id)
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "checksum-mismatch");

		assertNothingKept(id);
	}

	@Test
	void bytesThatAreNotAnImageFailAtCompletionAndKeepNothing() {
		byte[] text = new byte[CHUNK + 100];
		Arrays.fill(text, (byte) 'a');
		String id = this.api.declared("notes.png", text.length, sha256(text), (long) CHUNK).path("id").asString();
		this.api.chunk(id, 0, Arrays.copyOf(text, CHUNK)).expectStatus().isNoContent();
		this.api.chunk(id, 1, Arrays.copyOfRange(text, CHUNK, text.length)).expectStatus().isNoContent();

		this.api.complete(id)
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "unsupported-media-type");

		assertNothingKept(id);
	}

	@Test
	void completingWithChunksMissingNamesThem() {
		String id = this.api.declared("gaps.png", PHOTO.length, sha256(PHOTO), (long) CHUNK).path("id").asString();
		this.api.chunk(id, 1, chunk(PHOTO, 1)).expectStatus().isNoContent();

		this.api.complete(id)
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "upload-incomplete")
			.jsonPath("$.missingChunks[0]")
			.isEqualTo(0);

		assertThat(received(id)).containsExactly(1);
	}

	@Test
	void abortingRemovesTheStagedChunks() {
		String id = this.api.declared("gone.png", PHOTO.length, sha256(PHOTO), (long) CHUNK).path("id").asString();
		this.api.chunk(id, 0, chunk(PHOTO, 0)).expectStatus().isNoContent();
		UUID photoId = photoIdOf(id);
		assertThat(this.blobs.stagedChunks(this.ownerId, photoId)).isEqualTo(1);

		this.api.abort(id).expectStatus().isNoContent();

		assertThat(this.blobs.stagedChunks(this.ownerId, photoId)).isZero();
		assertThat(blobsOfOwner()).isEmpty();
		this.api.status(id).expectStatus().isNotFound();
	}

	@Test
	void anExpiredSessionLeavesNoStagedBlocksOrRecords() {
		String id = this.api.declared("late.png", PHOTO.length, sha256(PHOTO), (long) CHUNK).path("id").asString();
		this.api.chunk(id, 0, chunk(PHOTO, 0)).expectStatus().isNoContent();
		this.api.chunk(id, 2, chunk(PHOTO, 2)).expectStatus().isNoContent();
		UUID photoId = photoIdOf(id);

		this.clock.setInstant(java.time.Instant.now().plus(Duration.ofHours(25)));
		this.api.chunk(id, 1, chunk(PHOTO, 1))
			.expectStatus()
			.isEqualTo(HttpStatus.GONE)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "upload-expired");
		this.cleanup.removeExpired();

		assertThat(this.blobs.stagedChunks(this.ownerId, photoId)).isZero();
		assertThat(blobsOfOwner()).isEmpty();
		assertThat(sessionRows()).isZero();
		assertThat(chunkRows(id)).isZero();
	}

	@Test
	void anotherUsersSessionAnswersNotFound() {
		String id = this.api.declared("mine.png", PHOTO.length, sha256(PHOTO), (long) CHUNK).path("id").asString();
		ResumableApi other = new ResumableApi(this.client, this.port, TestTokens.newSubject());

		for (var response : List.of(other.status(id), other.chunk(id, 0, chunk(PHOTO, 0)), other.complete(id),
				other.abort(id))) {
			response.expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "upload-not-found");
		}
		assertThat(received(id)).isEmpty();
	}

	@Test
	void chunksOfTheWrongLengthOrPositionAreRefused() {
		String id = this.api.declared("strict.png", PHOTO.length, sha256(PHOTO), (long) CHUNK).path("id").asString();

		this.api.chunk(id, 0, new byte[CHUNK - 1])
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "chunk-size-mismatch");
		this.api.chunk(id, 99, new byte[CHUNK])
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + "chunk-out-of-range");
		assertThat(received(id)).isEmpty();
	}

	@Test
	void declarationsOutsideTheLimitsAreRefused() {
		String hash = sha256(PHOTO);
		refused(this.api.declare("huge.png", 5L * 1024 * 1024 * 1024, hash, null), 413, "payload-too-large");
		refused(this.api.declare("tiny-chunks.png", PHOTO.length, hash, 1024L), 400, "invalid-chunk-size");
		refused(this.api.declare("many.png", 3L * 1024 * 1024 * 1024, hash, 1024L * 1024), 400, "too-many-chunks");
		refused(this.api.declare("bad-hash.png", PHOTO.length, "not-hex", null), 400, "invalid-request");
		refused(this.api.declare("", PHOTO.length, hash, null), 400, "invalid-request");
		assertThat(sessionRows()).isZero();
	}

	@Test
	void anOwnerMayKeepOnlySoManyUnfinishedUploads() {
		for (int i = 0; i < 20; i++) {
			this.api.declare("open-" + i + ".png", PHOTO.length, sha256(PHOTO), null).expectStatus().isCreated();
		}

		refused(this.api.declare("one-more.png", PHOTO.length, sha256(PHOTO), null), 429, "too-many-uploads");
	}

	@Test
	void aFileThatWouldExceedTheQuotaIsRefusedBeforeAnyChunk() {
		StubPhotoService.shared().usage(1000, 1000 + PHOTO.length - 1);

		refused(this.api.declare("full.png", PHOTO.length, sha256(PHOTO), null), 409, "quota-exceeded");
		assertThat(sessionRows()).isZero();
	}

	private String uploadAllChunks(String declaredHash) {
		JsonNode session = this.api.declared("photo.png", PHOTO.length, declaredHash, (long) CHUNK);
		String id = session.path("id").asString();
		for (int index = 0; index < session.path("chunkCount").asInt(); index++) {
			this.api.chunk(id, index, chunk(PHOTO, index)).expectStatus().isNoContent();
		}
		return id;
	}

	private void assertNothingKept(String id) {
		assertThat(blobsOfOwner()).isEmpty();
		assertThat(sessionRows()).isZero();
		assertThat(chunkRows(id)).isZero();
		assertThat(StubPhotoService.shared().registrations()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from storage.pending_upload where owner_id = ?")
			.param(this.ownerId)
			.query(Integer.class)
			.single()).isZero();
	}

	private static void refused(RestTestClient.ResponseSpec response, int status, String type) {
		response.expectStatus()
			.isEqualTo(HttpStatus.valueOf(status))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo(PROBLEMS + type);
	}

	private List<Integer> received(String id) {
		return this.api.statusJson(id).path("receivedChunks").valueStream().map(JsonNode::asInt).toList();
	}

	private UUID photoIdOf(String sessionId) {
		return this.jdbc.sql("select photo_id from storage.upload_session where id = ?")
			.param(UUID.fromString(sessionId))
			.query(UUID.class)
			.single();
	}

	private int sessionRows() {
		return this.jdbc.sql("select count(*) from storage.upload_session where owner_id = ?")
			.param(this.ownerId)
			.query(Integer.class)
			.single();
	}

	private int chunkRows(String sessionId) {
		return this.jdbc.sql("select count(*) from storage.upload_chunk where session_id = ?")
			.param(UUID.fromString(sessionId))
			.query(Integer.class)
			.single();
	}

	private List<String> blobsOfOwner() {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(this.ownerId + "/");
		return this.container.listBlobs(options, null).stream().map(BlobItem::getName).toList();
	}

	private String key(UUID photoId, String variant) {
		return this.ownerId + "/" + photoId + "/" + variant;
	}

	private static byte[] chunk(byte[] file, int index) {
		return Arrays.copyOfRange(file, index * CHUNK, Math.min(file.length, (index + 1) * CHUNK));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Noise does not compress, so a small picture still needs several chunks.
	private static byte[] noisyPng(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

}
