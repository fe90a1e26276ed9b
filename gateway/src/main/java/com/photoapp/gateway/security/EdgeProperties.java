package com.photoapp.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public edge.
 *
 * @param allowedOrigins origins other than the gateway's own that may call the API from a browser;
 * none by default, since the SPA is served from the same origin
 * @param trustedProxies addresses of the reverse proxies whose {@code Forwarded} and
 * {@code X-Forwarded-*} headers are believed; from anyone else those headers are dropped
 * @param rateLimit the per-user request budget
 */
@ConfigurationProperties("photoapp.edge")
record EdgeProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue List<String> trustedProxies,
		@DefaultValue RateLimit rateLimit) {

	/**
	 * A token bucket per user: {@code burst} requests at once, refilled at {@code perSecond}.
	 *
	 * @param burst the bucket's capacity
	 * @param perSecond requests added back each second
	 * @param idleEviction a bucket unused this long is forgotten
	 */
	record RateLimit(@DefaultValue("300") int burst, @DefaultValue("100") int perSecond,
			@DefaultValue("10m") Duration idleEviction) {

		RateLimit {
			if (burst < 1 || perSecond < 1) {
				throw new IllegalArgumentException("photoapp.edge.rate-limit burst and per-second must be positive");
			}
		}

	}

}
