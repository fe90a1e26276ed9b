package com.photoapp.storage.blob;

import java.time.Duration;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobContainerClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports whether the photo container answers, as {@code blobContainer} in the readiness group: an
 * instance that cannot reach Blob Storage can neither take uploads nor serve content. One metadata
 * call with a short limit, so a stuck Blob endpoint cannot hold a probe.
 */
@Component
class BlobContainerHealthIndicator implements HealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final BlobContainerClient container;

	BlobContainerHealthIndicator(BlobContainerClient container) {
		this.container = container;
	}

	@Override
	public Health health() {
		try {
			boolean exists = this.container.existsWithResponse(TIMEOUT, Context.NONE).getValue();
			return (exists ? Health.up() : Health.down()).withDetail("container", this.container.getBlobContainerName())
				.build();
		}
		catch (RuntimeException ex) {
			// The exception's class only: Azure's messages can quote the request URL.
			return Health.down().withDetail("error", ex.getClass().getName()).build();
		}
	}

}
