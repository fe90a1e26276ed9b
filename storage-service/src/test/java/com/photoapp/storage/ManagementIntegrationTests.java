package com.photoapp.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Tests for the actuator on its separate management port.
 */
@StorageServiceTest
class ManagementIntegrationTests {

	@LocalManagementPort
	private int managementPort;

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

}
