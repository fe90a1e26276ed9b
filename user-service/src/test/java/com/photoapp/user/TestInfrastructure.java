package com.photoapp.user;

import com.photoapp.testsupport.TestTokens;
import com.photoapp.devstack.KafkaBroker;
import com.photoapp.devstack.Postgres;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the service at the real components the tests share. */
@TestConfiguration(proxyBeanMethods = false)
class TestInfrastructure {

	@Bean
	DynamicPropertyRegistrar infrastructureProperties() {
		return (registry) -> {
			registry.add("spring.datasource.url", () -> Postgres.shared().jdbcUrl() + "?currentSchema=users");
			registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
			TestTokens.register(registry);
		};
	}

}
