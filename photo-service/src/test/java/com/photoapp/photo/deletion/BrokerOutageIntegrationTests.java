package com.photoapp.photo.deletion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.photoapp.devstack.KafkaBroker;
import com.photoapp.devstack.Postgres;
import com.photoapp.events.Topics;
import com.photoapp.photo.PhotoApi;
import com.photoapp.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A purge while the broker is down: the owner's request succeeds, the event waits in the outbox
 * and is published once the broker is back. The service runs against a broker of its own, so the
 * outage reaches no other test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(BrokerOutageIntegrationTests.OwnBroker.class)
class BrokerOutageIntegrationTests {

	private static final KafkaBroker BROKER = KafkaBroker.dedicated();

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ConsumerFactory<String, String> consumers;

	@Test
	void publishesAPurgeMadeWhileTheBrokerWasDownOnceItIsBack() {
		PhotoApi api = PhotoApi.newUser(this.port);
		UUID photoId = api.registerTrashedPhoto();
		BROKER.stop();
		try {
			api.purge(photoId);

			await().atMost(TIMEOUT).untilAsserted(() -> assertThat(failedAttempts(api)).isPositive());
			assertThat(published(api)).isFalse();
		}
		finally {
			BROKER.restart();
		}

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(published(api)).isTrue());
		assertThat(photoEventsOf(api)).singleElement().asString().contains("PhotoPurged").contains(photoId.toString());
	}

	private int failedAttempts(PhotoApi api) {
		return this.jdbc.sql("select attempts from outbox_event where message_key = ?")
			.param(api.ownerId().toString())
			.query(Integer.class)
			.single();
	}

	private boolean published(PhotoApi api) {
		return this.jdbc.sql("select published_at is not null from outbox_event where message_key = ?")
			.param(api.ownerId().toString())
			.query(Boolean.class)
			.single();
	}

	private List<String> photoEventsOf(PhotoApi api) {
		try (Consumer<String, String> consumer = this.consumers.createConsumer("test-" + UUID.randomUUID(), null)) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.PHOTO_EVENTS, TIMEOUT)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			var ends = consumer.endOffsets(partitions);
			List<String> values = new ArrayList<>();
			for (int polls = 0; polls < 150
					&& partitions.stream().anyMatch((p) -> consumer.position(p) < ends.get(p)); polls++) {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (api.ownerId().toString().equals(record.key())) {
						values.add(record.value());
					}
				});
			}
			return values;
		}
	}

	/** The shared PostgreSQL and this class's own broker. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnBroker {

		@Bean
		DynamicPropertyRegistrar ownBrokerProperties() {
			return (registry) -> {
				registry.add("spring.datasource.url", () -> Postgres.shared().jdbcUrl() + "?currentSchema=photos");
				registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
				TestTokens.register(registry);
			};
		}

	}

}
