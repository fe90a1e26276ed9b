package com.photoapp.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stands in for photo-service's {@code POST /internal/photos} over real HTTP, recording what
 * storage-service sent and answering as the test asks. photo-service is another deployable, so its
 * own tests cover its side of the contract.
 */
public final class StubPhotoService {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static StubPhotoService shared;

	/** The id under which {@link Answer#DUPLICATE} says the bytes were registered before. */
	public static final UUID EXISTING_PHOTO_ID = UUID.fromString("0b5d0f3c-4a53-4c1e-9f0e-6f1d2c3b4a59");

	private final HttpServer server;

	private final List<Registration> registrations = new CopyOnWriteArrayList<>();

	private final Set<UUID> known = ConcurrentHashMap.newKeySet();

	private final List<String> knownQueryAuthorizations = new CopyOnWriteArrayList<>();

	private final AtomicInteger firstAnswers = new AtomicInteger();

	private volatile Answer first = Answer.CREATED;

	private volatile Answer answer = Answer.CREATED;

	private volatile long usedBytes;

	private volatile long quotaBytes = Long.MAX_VALUE / 2;

	private StubPhotoService(HttpServer server) {
		this.server = server;
	}

	public static synchronized StubPhotoService shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Answers every following registration this way; also forgets earlier registrations. */
	public void answerWith(Answer answer) {
		answerWith(answer, 0, answer);
	}

	/** Answers the next {@code times} registrations with {@code first}, then with {@code then}. */
	public void answerWith(Answer first, int times, Answer then) {
		usage(0, Long.MAX_VALUE / 2);
		this.first = first;
		this.answer = then;
		this.firstAnswers.set(times);
		this.registrations.clear();
	}

	/** What {@code GET /api/usage} answers from now on. */
	public void usage(long usedBytes, long quotaBytes) {
		this.usedBytes = usedBytes;
		this.quotaBytes = quotaBytes;
	}

	public List<Registration> registrations() {
		return List.copyOf(this.registrations);
	}

	/** Lets {@code POST /internal/photos/known} answer that the catalogue has a row for this photo. */
	public void know(UUID photoId) {
		this.known.add(photoId);
	}

	/** The Authorization headers of the known-photo queries so far. */
	public List<String> knownQueryAuthorizations() {
		return List.copyOf(this.knownQueryAuthorizations);
	}

	private void handleKnown(HttpExchange exchange) throws IOException {
		this.knownQueryAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		JsonNode body = json.readTree(exchange.getRequestBody());
		List<String> known = new ArrayList<>();
		body.get("photoIds").forEach((id) -> {
			if (this.known.contains(UUID.fromString(id.asString()))) {
				known.add(id.asString());
			}
		});
		respond(exchange, 200, "application/json", Map.of("photoIds", known));
	}

	private void handleUsage(HttpExchange exchange) throws IOException {
		respond(exchange, 200, "application/json", Map.of("usedBytes", this.usedBytes, "photoCount", 0,
				"trashedBytes", 0, "trashedCount", 0, "quotaBytes", this.quotaBytes));
	}

	private void handle(HttpExchange exchange) throws IOException {
		JsonNode body = json.readTree(exchange.getRequestBody());
		this.registrations.add(new Registration(exchange.getRequestHeaders().getFirst("Authorization"), body));
		Answer current = (this.firstAnswers.getAndDecrement() > 0) ? this.first : this.answer;
		switch (current) {
			case CREATED -> respond(exchange, 201, "application/json", photo(body));
			case FAILED -> respond(exchange, 500, "text/plain", "boom: internal detail");
			case UNAVAILABLE -> respond(exchange, 503, "text/plain", "restarting");
			// The server drops the connection without an answer when a handler throws.
			case UNREACHABLE -> throw new IOException("photo-service is down");
			case REJECTED -> respond(exchange, 400, "application/problem+json",
					Map.of("type", "https://photoapp.dev/problems/invalid-registration", "title", "Bad Request",
							"status", 400, "detail", "fileName is too long"));
			case DUPLICATE -> respond(exchange, 200, "application/json", duplicateOf(body));
			case QUOTA_EXCEEDED -> respond(exchange, 409, "application/problem+json",
					Map.of("type", "https://photoapp.dev/problems/quota-exceeded", "title", "Conflict", "status",
							409, "detail", "Your storage is full.", "instance", "/internal/photos", "usedBytes",
							1000, "quotaBytes", 1024));
		}
	}

	/** The photo an earlier upload of the same bytes registered, under an id of its own. */
	private static ObjectNode duplicateOf(JsonNode registration) {
		ObjectNode photo = photo(registration);
		photo.put("id", EXISTING_PHOTO_ID.toString());
		photo.put("duplicate", true);
		return photo;
	}

	private static ObjectNode photo(JsonNode registration) {
		ObjectNode photo = json.createObjectNode();
		photo.set("id", registration.get("photoId"));
		for (String field : List.of("fileName", "contentType", "sizeBytes", "width", "height", "takenAt",
				"takenAtOffset", "cameraMake", "cameraModel", "derivatives")) {
			photo.set(field, registration.get(field));
		}
		photo.put("uploadedAt", "2026-12-03T17:00:00Z");
		photo.put("favourite", false);
		return photo;
	}

	private static void respond(HttpExchange exchange, int status, String contentType, Object body)
			throws IOException {
		byte[] bytes = (body instanceof String text) ? text.getBytes(StandardCharsets.UTF_8)
				: json.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static StubPhotoService start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			StubPhotoService stub = new StubPhotoService(server);
			server.createContext("/internal/photos", stub::handle);
			server.createContext("/internal/photos/known", stub::handleKnown);
			server.createContext("/api/usage", stub::handleUsage);
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "stub-photo-service-stop"));
			return stub;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How the stub answers a registration. */
	public enum Answer {

		/** 201 with the photo, as photo-service does for a new photo. */
		CREATED,

		/** 500 with a plain-text body that must not reach the client. */
		FAILED,

		/** 400 problem detail, as photo-service does for an invalid registration. */
		REJECTED,

		/** 503, as a restarting photo-service or its load balancer does. */
		UNAVAILABLE,

		/** The connection closes without an answer, as if photo-service were down. */
		UNREACHABLE,

		/** 200 with another photo marked as a duplicate, as for bytes the owner has already. */
		DUPLICATE,

		/** 409 quota-exceeded problem detail, as for an owner whose storage is full. */
		QUOTA_EXCEEDED

	}

	/**
	 * One registration request as received.
	 *
	 * @param authorization the Authorization header
	 * @param body the JSON body
	 */
	public record Registration(String authorization, JsonNode body) {
	}

}
