package com.photoapp.storage.blob;

import java.time.Duration;

import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Azure SDK retries a failed call to Blob Storage (an I/O error, a time-out, 408, 429, 500,
 * 502, 503 or 504), with exponentially growing delays. The SDK's own defaults wait up to 2 minutes
 * between tries, far longer than a person waits for a photo; these fail within seconds instead, and
 * the gateway's circuit breaker takes over.
 *
 * @param maxTries tries in all, the first one included
 * @param retryDelay the delay before the second try; later ones double it
 * @param maxRetryDelay the longest delay between two tries
 * @param tryTimeout the longest one try may take; a chunk streams in from the client within it, so
 * it allows for slow links
 */
@ConfigurationProperties("photoapp.storage.azure-retry")
record BlobRetryProperties(@DefaultValue("3") int maxTries, @DefaultValue("200ms") Duration retryDelay,
		@DefaultValue("2s") Duration maxRetryDelay, @DefaultValue("10m") Duration tryTimeout) {

	BlobRetryProperties {
		if (maxTries < 1 || !retryDelay.isPositive() || retryDelay.compareTo(maxRetryDelay) > 0
				|| !tryTimeout.isPositive()) {
			throw new IllegalArgumentException(
					"photoapp.storage.azure-retry needs max-tries >= 1 and 0 < retry-delay <= max-retry-delay");
		}
	}

	RequestRetryOptions toOptions() {
		return new RequestRetryOptions(RetryPolicyType.EXPONENTIAL, this.maxTries, this.tryTimeout, this.retryDelay,
				this.maxRetryDelay, null);
	}

}
