package com.photoapp.storage;

import com.photoapp.testsupport.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the actuator on its separate management port: probes, Prometheus and nothing else.
 */
@StorageServiceTest
class ManagementIntegrationTests {

	@LocalManagementPort
	private int managementPort;

	@LocalServerPort
	private int port;

	@Autowired
	private PathMappedEndpoints endpoints;

	@Test
	void reportsHealthOnTheManagementPortWithoutToken() {
		RestTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.managementPort)
			.build()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	// Kubernetes' liveness and readiness probes (deploy/k8s) call these without a token.
	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/liveness", "/actuator/health/readiness" })
	void answersKubernetesProbesOnTheManagementPortWithoutToken(String probe) {
		RestTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.managementPort)
			.build()
			.get()
			.uri(probe)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@ParameterizedTest
	@ValueSource(strings = { "db", "blobContainer" })
	void readinessIncludesTheDatabaseAndTheBlobContainer(String component) {
		management().get()
			.uri("/actuator/health/readiness/" + component)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void readinessLeavesTheBrokerOut() {
		management().get().uri("/actuator/health/readiness/kafka").exchange().expectStatus().isNotFound();
	}

	@Test
	void exposesPrometheusMetricsWithoutToken() {
		PrometheusScrape scrape = PrometheusScrape.parse(management().get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody());

		assertThat(scrape.has("photoapp_uploads_total")).isTrue();
		assertThat(scrape.has("photoapp_uploads_stored_size_bytes_sum")).isTrue();
		assertThat(scrape.has("photoapp_uploads_duration_seconds_count")).isTrue();
		assertThat(scrape.has("photoapp_derivatives_duration_seconds_count")).isTrue();
		assertThat(scrape.has("photoapp_uploads_sessions_active")).isTrue();
		assertThat(scrape.has("photoapp_dead_letters_total")).isTrue();
		assertThat(scrape.has("resilience4j_circuitbreaker_state")).isTrue();
		assertThat(scrape.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
		assertThat(scrape.has("hikaricp_connections_active")).isTrue();
	}

	@Test
	void exposesHealthInfoMetricsAndPrometheusOnly() {
		assertThat(this.endpoints.getAllRootPaths())
			.containsExactlyInAnyOrder("health", "info", "metrics", "prometheus");
	}

	// Not exposed, so only security-support's deny-all answers: these would reveal configuration or memory.
	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
			"/actuator/loggers", "/actuator/threaddump", "/actuator/mappings", "/actuator/shutdown" })
	void refusesEveryOtherActuatorPathWithoutToken(String path) {
		management().get().uri(path).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void servesNoActuatorOnThePublicPort() {
		RestTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + this.port)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private RestTestClient management() {
		return RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + this.managementPort).build();
	}

}
