package com.photoapp.storage.reconcile;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduled reconciliation, which runs for real with storage-service's own token: the client
 * credentials of an Auth0 machine-to-machine application with the {@code reconcile} permission. Off
 * unless {@code client-id} is set.
 *
 * @param tokenUri the issuer's token endpoint, such as {@code https://TENANT.auth0.com/oauth/token}
 * @param clientId the service's client id
 * @param clientSecret the service's client secret, sent with HTTP Basic authentication; never logged
 * @param audience the API identifier the token is asked for, as Auth0 requires
 * @param interval the time between the end of one run and the start of the next
 * @param initialDelay the time from start-up to the first run
 */
@ConfigurationProperties("photoapp.storage.reconciliation.schedule")
record ReconciliationScheduleProperties(@Nullable URI tokenUri, @Nullable String clientId,
		@Nullable String clientSecret, @Nullable String audience, @DefaultValue("24h") Duration interval,
		@DefaultValue("10m") Duration initialDelay) {

	ReconciliationScheduleProperties {
		if (clientId != null && (tokenUri == null || clientSecret == null || audience == null)) {
			throw new IllegalArgumentException("photoapp.storage.reconciliation.schedule needs token-uri, "
					+ "client-secret and audience with client-id");
		}
		if (!interval.isPositive() || initialDelay.isNegative()) {
			throw new IllegalArgumentException("photoapp.storage.reconciliation.schedule durations are out of range");
		}
	}

	// The client secret stays out of logs and failure reports.
	@Override
	public String toString() {
		return "ReconciliationScheduleProperties[tokenUri=" + this.tokenUri + ", clientId=" + this.clientId
				+ ", audience=" + this.audience + ", interval=" + this.interval + ", initialDelay=" + this.initialDelay
				+ "]";
	}

}
