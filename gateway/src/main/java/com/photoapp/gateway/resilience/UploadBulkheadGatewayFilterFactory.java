package com.photoapp.gateway.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;

/**
 * The {@code UploadBulkhead} route filter: at most the configured number of uploads run at once, so
 * long transfers cannot take every connection and starve browsing; one more is refused at once.
 */
final class UploadBulkheadGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

	private final Bulkhead bulkhead;

	UploadBulkheadGatewayFilterFactory(Bulkhead bulkhead) {
		super(Object.class);
		this.bulkhead = bulkhead;
	}

	@Override
	public String name() {
		return "UploadBulkhead";
	}

	@Override
	public GatewayFilter apply(Object config) {
		return (exchange, chain) -> chain.filter(exchange).transformDeferred(BulkheadOperator.of(this.bulkhead));
	}

}
