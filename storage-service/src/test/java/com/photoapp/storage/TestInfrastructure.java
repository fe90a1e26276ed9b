package com.photoapp.storage;

import com.photoapp.testsupport.TestTokens;
import com.photoapp.devstack.Azurite;
import com.photoapp.devstack.KafkaBroker;
import com.photoapp.devstack.Postgres;
import com.photoapp.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the service at the shared real components and the local stand-ins.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestInfrastructure {

	@Bean
	DynamicPropertyRegistrar infrastructureProperties() {
		return (registry) -> {
			registry.add("spring.datasource.url", () -> Postgres.shared().jdbcUrl() + "?currentSchema=storage");
			registry.add("spring.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
			registry.add("photoapp.storage.connection-string", () -> Azurite.shared().connectionString());
			registry.add("photoapp.storage.photo-service-uri", () -> StubPhotoService.shared().baseUrl());
			TestTokens.register(registry);
		};
	}

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	// photo-service owns the topic; creating it up front spares the listener's first poll a wait.
	@Bean
	NewTopic photoEvents() {
		return TopicBuilder.name(Topics.PHOTO_EVENTS).partitions(3).replicas(1).build();
	}

	// user-service owns this one.
	@Bean
	NewTopic userEvents() {
		return TopicBuilder.name(Topics.USER_EVENTS).partitions(3).replicas(1).build();
	}

}
