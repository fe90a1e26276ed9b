package com.photoapp.photo.management;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.photoapp.photo.PhotoApi;
import com.photoapp.photo.PhotoServiceTest;
import com.photoapp.testsupport.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the actuator on the management port: probes with the database in readiness,
 * Prometheus with the outbox and consumer meters, and nothing else.
 */
@PhotoServiceTest
class ManagementIntegrationTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalManagementPort
	private int managementPort;

	@LocalServerPort
	private int port;

	@Autowired
	private PathMappedEndpoints endpoints;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Clock clock;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/health/readiness/db" })
	void answersProbesWithoutToken(String probe) {
		HttpResponse<String> response = get(this.managementPort, probe);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void readinessLeavesTheBrokerOut() {
		assertThat(get(this.managementPort, "/actuator/health/readiness").body()).doesNotContain("kafka");
	}

	@Test
	void exposesHealthInfoMetricsAndPrometheusOnly() {
		assertThat(this.endpoints.getAllRootPaths()).containsExactlyInAnyOrder("health", "info", "metrics",
				"prometheus");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
			"/actuator/loggers" })
	void refusesEveryOtherActuatorPathWithoutToken(String path) {
		assertThat(get(this.managementPort, path).statusCode()).isEqualTo(401);
	}

	@Test
	void servesNoActuatorOnThePublicPort() {
		assertThat(get(this.port, "/actuator/prometheus").statusCode()).isEqualTo(404);
	}

	@Test
	void exposesOutboxConsumerAndPoolMetrics() {
		PrometheusScrape scrape = scrape();

		assertThat(scrape.has("photoapp_outbox_pending_records")).isTrue();
		assertThat(scrape.has("photoapp_outbox_oldest_age_seconds")).isTrue();
		assertThat(scrape.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
		assertThat(scrape.has("hikaricp_connections_active")).isTrue();
		assertThat(scrape.has("http_server_requests_seconds_count")).isTrue();
	}

	@Test
	void countsRequestsByRouteAndStatus() {
		PhotoApi user = PhotoApi.newUser(this.port);
		UUID photoId = user.registerTrashedPhoto();
		double before = scrape().value("http_server_requests_seconds_count", "uri", "/api/trash/{id}", "status", "204");

		user.purge(photoId);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(scrape().value("http_server_requests_seconds_count", "uri",
					"/api/trash/{id}", "status", "204") - before)
				.as(() -> get(this.managementPort, "/actuator/prometheus").body()
					.lines()
					.filter((line) -> line.startsWith("http_server_requests_seconds_count"))
					.toList()
					.toString())
				.isEqualTo(1));
	}

	// The row stays locked while scraping, so the relay (which skips locked rows) cannot publish it
	// in between; it is deleted before the lock goes.
	@Test
	void outboxGaugesCountAnUnpublishedRecordAndItsAge() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			UUID id = insertPending(this.clock.instant().minus(Duration.ofHours(1)));
			this.jdbc.sql("select id from outbox_event where id = ? for update").param(id).query().listOfRows();

			PrometheusScrape scrape = scrape();

			assertThat(scrape.value("photoapp_outbox_pending_records")).isGreaterThanOrEqualTo(1);
			assertThat(scrape.value("photoapp_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(3600);
			this.jdbc.sql("delete from outbox_event where id = ?").param(id).update();
		});
	}

	// Committed in its own transaction, so the scrape's connection sees it.
	private UUID insertPending(Instant createdAt) {
		UUID id = UUID.randomUUID();
		TransactionTemplate separate = new TransactionTemplate(this.transactionManager);
		separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		separate.executeWithoutResult((status) -> this.jdbc.sql("""
				insert into outbox_event (id, topic, message_key, event_type, payload, created_at)
				values (?, 'outbox-metrics-test', 'key', 'Test', '{}', ?)""")
			.params(id, Timestamp.from(createdAt))
			.update());
		return id;
	}

	private PrometheusScrape scrape() {
		HttpResponse<String> response = get(this.managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return PrometheusScrape.parse(response.body());
	}

	private static HttpResponse<String> get(int port, String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
