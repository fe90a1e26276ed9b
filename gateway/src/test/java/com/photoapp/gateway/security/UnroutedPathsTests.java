package com.photoapp.gateway.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnroutedPathsTests {

	@ParameterizedTest
	@ValueSource(strings = { "/ops", "/ops/stats", "/OPS/stats", "//ops/stats", "/ops;jsessionid=x/stats",
			"/internal/photos", "/internal" })
	void hidesServicePaths(String path) {
		assertThat(UnroutedPaths.isUnrouted(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/photos", "/api/ops", "/operations", "/internals", "/actuator/health",
			"/app-config.json" })
	void leavesOtherPathsAlone(String path) {
		assertThat(UnroutedPaths.isUnrouted(path)).isFalse();
	}

}
