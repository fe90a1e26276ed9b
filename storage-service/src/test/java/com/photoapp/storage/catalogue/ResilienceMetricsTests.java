package com.photoapp.storage.catalogue;

import com.photoapp.storage.StorageServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the photo-service circuit breaker and retry report to Micrometer.
 */
@StorageServiceTest
class ResilienceMetricsTests {

	@Autowired
	private MeterRegistry meters;

	@Test
	void recordsTheCircuitStateOfPhotoService() {
		assertThat(this.meters.find("resilience4j.circuitbreaker.state")
			.tags("name", PhotoCatalogue.PHOTO_SERVICE, "state", "closed")
			.gauge()).isNotNull();
	}

	@Test
	void recordsTheRetriesOfPhotoService() {
		assertThat(this.meters.find("resilience4j.retry.calls").tag("name", PhotoCatalogue.PHOTO_SERVICE).meters())
			.isNotEmpty();
	}

}
