package com.photoapp.storage.purge;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import com.azure.storage.blob.BlobContainerClient;
import com.photoapp.devstack.Azurite;
import com.photoapp.devstack.KafkaBroker;
import com.photoapp.devstack.Postgres;
import com.photoapp.events.Topics;
import com.photoapp.storage.EventRecords;
import com.photoapp.storage.PhotoInvariants;
import com.photoapp.storage.StubPhotoService;
import com.photoapp.storage.blob.PhotoBlobs;
import com.photoapp.storage.blob.Variant;
import com.photoapp.testsupport.TestTokens;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static org.awaitility.Awaitility.await;

/**
 * The broker going away while the service consumes: once it is back on the same address with the
 * same data, the listener reconnects and deletes the blobs of purges published after the outage.
 * Together with photo-service's test of the same name, which shows a purge made during an outage
 * waiting in the outbox and being published afterwards, this covers a purge across an outage. The
 * service runs against a broker of its own, so the outage reaches no other test.
 */
@SpringBootTest
@Import(BrokerOutageIntegrationTests.OwnBroker.class)
class BrokerOutageIntegrationTests {

	private static final KafkaBroker BROKER = KafkaBroker.dedicated();

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private final UUID ownerId = UUID.randomUUID();

	@Autowired
	private PhotoBlobs blobs;

	@Autowired
	private BlobContainerClient container;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private ConsumerFactory<String, String> consumers;

	@Test
	void deletesBlobsOfPurgesPublishedAfterTheBrokerCameBack() {
		EventRecords records = new EventRecords(this.kafka, this.consumers);
		UUID before = storedPhoto();
		records.publish(Topics.PHOTO_EVENTS, this.ownerId, purged(before));
		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, before));
		UUID after = storedPhoto();

		BROKER.stop();
		BROKER.restart();
		records.publish(Topics.PHOTO_EVENTS, this.ownerId, purged(after));

		await().atMost(TIMEOUT).untilAsserted(() -> invariants().assertPurged(this.ownerId, after));
	}

	private String purged(UUID photoId) {
		return EventRecords.photoPurged(UUID.randomUUID(), this.ownerId, photoId);
	}

	private UUID storedPhoto() {
		UUID photoId = UUID.randomUUID();
		for (Variant variant : Variant.values()) {
			this.blobs.put(this.ownerId, photoId, variant, new ByteArrayInputStream(new byte[] { 1 }), "image/jpeg");
		}
		invariants().assertStored(this.ownerId, photoId);
		return photoId;
	}

	private PhotoInvariants invariants() {
		return new PhotoInvariants(this.container);
	}

	/** The shared PostgreSQL and Azurite, and this class's own broker. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnBroker {

		@Bean
		DynamicPropertyRegistrar ownBrokerProperties() {
			return (registry) -> {
				registry.add("spring.datasource.url", () -> Postgres.shared().jdbcUrl() + "?currentSchema=storage");
				registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
				registry.add("photoapp.storage.connection-string", () -> Azurite.shared().connectionString());
				registry.add("photoapp.storage.photo-service-uri", () -> StubPhotoService.shared().baseUrl());
				TestTokens.register(registry);
			};
		}

		@Bean
		NewTopic photoEvents() {
			return TopicBuilder.name(Topics.PHOTO_EVENTS).partitions(3).replicas(1).build();
		}

	}

}
