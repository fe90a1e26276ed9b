package com.photoapp.photo.catalogue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.photoapp.devstack.Postgres;
import com.photoapp.events.EventEnvelope;
import com.photoapp.events.PhotoPurged;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The V3 migration on a catalogue from before deduplication, in a schema of its own: an owner's
 * second copy of the same bytes is purged with a {@code PhotoPurged} event, the first stays.
 */
class DeduplicatingMigrationTests {

	private static final String HASH = "c0ffee".repeat(10) + "c0ff";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<EventEnvelope<PhotoPurged>> ENVELOPE = new TypeReference<>() {
	};

	private final String schema = "migration_test_" + UUID.randomUUID().toString().replace("-", "");

	private SingleConnectionDataSource dataSource;

	private JdbcClient jdbc;

	private Instant started;

	@BeforeEach
	void createSchemaAtVersion2() {
		this.started = Instant.now();
		this.dataSource = new SingleConnectionDataSource(Postgres.shared().jdbcUrl(), "postgres", "", true);
		this.jdbc = JdbcClient.create(this.dataSource);
		this.jdbc.sql("create schema " + this.schema).update();
		flyway("2").migrate();
	}

	@AfterEach
	void dropSchema() {
		this.jdbc.sql("drop schema " + this.schema + " cascade").update();
		this.dataSource.destroy();
	}

	@Test
	void keepsTheEarliestCopyAndPurgesTheOthersWithAnEvent() {
		UUID owner = UUID.randomUUID();
		UUID first = insertPhoto(owner, HASH, Instant.parse("2020-01-01T00:00:00Z"));
		UUID second = insertPhoto(owner, HASH, Instant.parse("2021-01-01T00:00:00Z"));
		UUID third = insertPhoto(owner, HASH, Instant.parse("2022-01-01T00:00:00Z"));
		UUID otherOwners = insertPhoto(UUID.randomUUID(), HASH, Instant.parse("2023-01-01T00:00:00Z"));

		flyway(null).migrate();

		assertThat(this.jdbc.sql("select id from " + this.schema + ".photo").query(UUID.class).list())
			.containsExactlyInAnyOrder(first, otherOwners);
		List<Map<String, Object>> events = this.jdbc
			.sql("select id, topic, message_key, event_type, payload from " + this.schema + ".outbox_event")
			.query()
			.listOfRows();
		assertThat(events).hasSize(2).allSatisfy((event) -> {
			assertThat(event.get("topic")).isEqualTo("photo-events");
			assertThat(event.get("message_key")).isEqualTo(owner.toString());
			assertThat(event.get("event_type")).isEqualTo("PhotoPurged");
		});
		assertThat(events).extracting((event) -> purged(event).ownerId()).containsOnly(owner);
		assertThat(events).extracting((event) -> purged(event).photoId()).containsExactlyInAnyOrder(second, third);
	}

	// Read the way consumers read it: the envelope's id is the row's, its payload a PhotoPurged.
	private PhotoPurged purged(Map<String, Object> event) {
		EventEnvelope<PhotoPurged> envelope = JSON.readValue((String) event.get("payload"), ENVELOPE);
		assertThat(envelope.eventId()).isEqualTo(event.get("id"));
		assertThat(envelope.type()).isEqualTo(PhotoPurged.TYPE);
		assertThat(envelope.version()).isEqualTo(PhotoPurged.VERSION);
		// The database's clock, on this machine: a few seconds either way allow for rounding.
		assertThat(envelope.occurredAt()).isBetween(this.started.minusSeconds(5), Instant.now().plusSeconds(5));
		return envelope.payload();
	}

	private UUID insertPhoto(UUID owner, String sha256, Instant uploadedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into " + this.schema + """
				.photo (id, owner_id, file_name, content_type, size_bytes, sha256, width, height, uploaded_at,
					sort_at)
				values (:id, :owner, 'a.jpg', 'image/jpeg', 1, :sha256, 1, 1, :uploadedAt, :uploadedAt)""")
			.param("id", id)
			.param("owner", owner)
			.param("sha256", sha256)
			.param("uploadedAt", uploadedAt.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	private Flyway flyway(@Nullable String target) {
		var configuration = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(this.schema)
			.defaultSchema(this.schema)
			.createSchemas(false)
			.locations("classpath:db/migration");
		return ((target != null) ? configuration.target(target) : configuration).load();
	}

}
