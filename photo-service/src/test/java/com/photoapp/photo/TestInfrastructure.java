package com.photoapp.photo;

import com.photoapp.devstack.KafkaBroker;
import com.photoapp.devstack.Postgres;
import com.photoapp.events.Topics;
import com.photoapp.testsupport.TestTokens;
import org.apache.kafka.clients.admin.NewTopic;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the service at the real components the tests share. */
@TestConfiguration(proxyBeanMethods = false)
class TestInfrastructure {

	@Bean
	DynamicPropertyRegistrar infrastructureProperties() {
		return (registry) -> {
			registry.add("spring.datasource.url", () -> Postgres.shared().jdbcUrl() + "?currentSchema=photos");
			registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
			TestTokens.register(registry);
		};
	}

	// user-service owns the topic; creating it up front spares the listener's first poll a wait.
	@Bean
	NewTopic userEvents() {
		return TopicBuilder.name(Topics.USER_EVENTS).partitions(3).replicas(1).build();
	}

	@Bean
	PhotoEvents photoEvents(JdbcClient jdbc, ConsumerFactory<String, String> consumers, JsonMapper jsonMapper) {
		return new PhotoEvents(jdbc, consumers, jsonMapper);
	}

}
