package com.photoapp.user.account;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.photoapp.outbox.OutboxProperties;
import com.photoapp.outbox.OutboxRelay;
import com.photoapp.events.Topics;
import com.photoapp.testsupport.TestTokens;
import com.photoapp.user.UserServiceTest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@code DELETE /api/users/me}: the row goes, and {@code UserDeleted} reaches the broker
 * through the outbox, also when the relay was down at commit time.
 */
@UserServiceTest
class AccountDeletionIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private ConsumerFactory<String, String> consumers;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private OutboxProperties properties;

	@Autowired
	private Clock clock;

	private final String subject = TestTokens.newSubject();

	private final UUID ownerId = TestTokens.ownerOf(this.subject);

	@Test
	void deletesTheAccountRow() {
		call("GET", "/api/users/me", 200);

		call("DELETE", "/api/users/me", 204);

		assertThat(this.jdbc.sql("select count(*) from app_user where id = ?").param(this.ownerId)
			.query(Long.class).single()).isZero();
	}

	@Test
	void publishesUserDeletedKeyedByTheOwner() {
		call("GET", "/api/users/me", 200);

		call("DELETE", "/api/users/me", 204);

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(userEventsOfOwner()).singleElement()
			.satisfies((record) -> assertThat(record.value()).contains("\"type\":\"UserDeleted\"")
				.contains("\"ownerId\":\"" + this.ownerId + "\"")));
		assertThat(pendingEvents()).isZero();
	}

	@Test
	void publishesUserDeletedForAnOwnerWhoNeverOpenedTheProfile() {
		call("DELETE", "/api/users/me", 204);

		await().atMost(TIMEOUT).untilAsserted(() -> assertThat(userEventsOfOwner()).hasSize(1));
	}

	@Test
	void publishesAnEventCommittedWhileNoRelayRanOnceARelayStarts() {
		OutboxRelay restarted = new OutboxRelay(this.jdbc, this.kafka, this.transactionManager,
				this.properties, this.clock);
		this.relay.stop();
		try {
			call("DELETE", "/api/users/me", 204);
			assertThat(pendingEvents()).isOne();

			restarted.relayBatch();
		}
		finally {
			this.relay.start();
		}

		assertThat(pendingEvents()).isZero();
		assertThat(userEventsOfOwner()).hasSize(1);
	}

	private long pendingEvents() {
		return this.jdbc.sql("select count(*) from outbox_event where message_key = ? and published_at is null")
			.param(this.ownerId.toString())
			.query(Long.class)
			.single();
	}

	private List<ConsumerRecord<String, String>> userEventsOfOwner() {
		try (Consumer<String, String> consumer = this.consumers.createConsumer("test-" + UUID.randomUUID(), null)) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.USER_EVENTS, TIMEOUT)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			var ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			for (int polls = 0; polls < 150
					&& partitions.stream().anyMatch((p) -> consumer.position(p) < ends.get(p)); polls++) {
				consumer.poll(Duration.ofMillis(200))
					.forEach((record) -> {
						if (this.ownerId.toString().equals(record.key())) {
							records.add(record);
						}
					});
			}
			return records;
		}
	}

	private void call(String method, String path, int status) {
		RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.port).build()
			.method(HttpMethod.valueOf(method))
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.shared().accessToken(this.subject))
			.exchange()
			.expectStatus().isEqualTo(status);
	}

}
