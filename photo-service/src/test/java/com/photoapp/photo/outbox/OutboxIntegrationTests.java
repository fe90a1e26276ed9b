package com.photoapp.photo.outbox;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.photoapp.outbox.Outbox;
import com.photoapp.outbox.OutboxCleanup;
import com.photoapp.outbox.OutboxProperties;
import com.photoapp.outbox.OutboxRelay;
import com.photoapp.events.PhotoPurged;
import com.photoapp.events.Topics;
import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@PhotoServiceTest
class OutboxIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JsonMapper jsonMapper;

	@Autowired
	private Outbox outbox;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private OutboxCleanup cleanup;

	@Autowired
	private OutboxProperties properties;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Clock clock;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Test
	void relayPublishesPurgeEventKeyedByOwnerAndMarksItPublished() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerPhoto(null);
		String owner = api.ownerId().toString();

		api.client().delete().uri("/api/photos/{id}", photoId).exchange().expectStatus().isNoContent();
		api.purge(photoId);

		ConsumerRecord<String, String> record = consumeFirst(owner);
		JsonNode event = this.jsonMapper.readTree(record.value());
		assertThat(event.get("type").asString()).isEqualTo(PhotoPurged.TYPE);
		assertThat(event.get("version").asInt()).isEqualTo(PhotoPurged.VERSION);
		assertThat(event.get("payload").get("ownerId").asString()).isEqualTo(owner);
		assertThat(event.get("payload").get("photoId").asString()).isEqualTo(photoId.toString());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(publishedAt(UUID.fromString(event.get("eventId").asString()))).isNotNull());
	}

	@Test
	void failedSendLeavesTheRecordPendingAndCountsTheAttempt() {
		withRelayPaused(() -> {
			UUID eventId = purgePhotoOfNewUser();

			try (DeadBroker broker = new DeadBroker()) {
				assertThat(broker.relay().relayBatch()).isZero();
			}

			Map<String, Object> row = outboxRow(eventId);
			assertThat(row.get("published_at")).isNull();
			assertThat(row.get("attempts")).isEqualTo(1);
			assertThat((String) row.get("last_error")).matches("[A-Za-z]+Exception");
		});
	}

	@Test
	void failedSendEndsTheBatchSoLaterRecordsWait() {
		withRelayPaused(() -> {
			UUID first = purgePhotoOfNewUser();
			UUID second = purgePhotoOfNewUser();

			try (DeadBroker broker = new DeadBroker()) {
				broker.relay().relayBatch();
			}

			assertThat(outboxRow(first).get("attempts")).isEqualTo(1);
			assertThat(outboxRow(second).get("attempts")).isEqualTo(0);
		});
	}

	@Test
	void appendingOutsideATransactionIsRefused() {
		UUID owner = UUID.randomUUID();

		assertThatExceptionOfType(IllegalTransactionStateException.class).isThrownBy(() -> this.outbox
			.append(Topics.PHOTO_EVENTS, owner, PhotoPurged.TYPE, 1, new PhotoPurged(owner, UUID.randomUUID())));
	}

	@Test
	void cleanupDeletesOnlyRecordsPublishedBeforeTheRetention() {
		withRelayPaused(() -> {
			Instant now = this.clock.instant();
			UUID expired = insertRecord(now.minus(this.properties.retention()).minus(Duration.ofHours(1)));
			UUID recent = insertRecord(now.minus(Duration.ofDays(1)));
			UUID pending = insertRecord(null);

			this.cleanup.deleteExpired();

			assertThat(exists(expired)).isFalse();
			assertThat(exists(recent)).isTrue();
			assertThat(exists(pending)).isTrue();
			// The record is not a real event: it must not reach the relay once it resumes.
			this.jdbc.sql("delete from outbox_event where id = :id").param("id", pending).update();
		});
	}

	/** Pauses the application's own relay so that only the test's relay touches the records. */
	private void withRelayPaused(Runnable test) {
		await().atMost(Duration.ofSeconds(30)).until(() -> pendingCount() == 0);
		this.relay.stop();
		try {
			test.run();
		}
		finally {
			this.relay.start();
		}
	}

	private UUID purgePhotoOfNewUser() {
		PhotoApi api = PhotoApi.newUser(this.port);
		api.purge(api.registerTrashedPhoto());
		return this.jdbc.sql("select id from outbox_event where message_key = :owner")
			.param("owner", api.ownerId().toString())
			.query(UUID.class)
			.single();
	}

	private ConsumerRecord<String, String> consumeFirst(String key) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		List<ConsumerRecord<String, String>> matching = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(Topics.PHOTO_EVENTS));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (key.equals(record.key())) {
						matching.add(record);
					}
				});
				return !matching.isEmpty();
			});
		}
		return matching.getFirst();
	}

	private @Nullable Object publishedAt(UUID eventId) {
		return outboxRow(eventId).get("published_at");
	}

	private Map<String, Object> outboxRow(UUID eventId) {
		return this.jdbc.sql("select published_at, attempts, last_error from outbox_event where id = :id")
			.param("id", eventId)
			.query()
			.singleRow();
	}

	private long pendingCount() {
		return this.jdbc.sql("select count(*) from outbox_event where published_at is null")
			.query(Long.class)
			.single();
	}

	private UUID insertRecord(@Nullable Instant publishedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into outbox_event (id, topic, message_key, event_type, payload, created_at, published_at)
				values (:id, 'cleanup-test', :id, 'Test', '{}', :createdAt, :publishedAt)""")
			.param("id", id)
			.param("createdAt", Instant.EPOCH.atOffset(ZoneOffset.UTC))
			.param("publishedAt", (publishedAt != null) ? publishedAt.atOffset(ZoneOffset.UTC) : null,
					Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return this.jdbc.sql("select count(*) from outbox_event where id = :id").param("id", id).query(Long.class)
			.single() == 1;
	}

	/** A relay whose producer points at a port where nothing listens. */
	private final class DeadBroker implements AutoCloseable {

		private final DefaultKafkaProducerFactory<String, String> producerFactory;

		DeadBroker() {
			this.producerFactory = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
					"127.0.0.1:" + unusedPort(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
					ProducerConfig.MAX_BLOCK_MS_CONFIG, 500, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 500,
					ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1000));
		}

		OutboxRelay relay() {
			KafkaTemplate<String, String> template = new KafkaTemplate<>(this.producerFactory);
			// As in the application, failures are the relay's to log.
			template.setProducerListener(null);
			return new OutboxRelay(OutboxIntegrationTests.this.jdbc, template,
					OutboxIntegrationTests.this.transactionManager, OutboxIntegrationTests.this.properties,
					OutboxIntegrationTests.this.clock);
		}

		@Override
		public void close() {
			this.producerFactory.destroy();
		}

		private static int unusedPort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
