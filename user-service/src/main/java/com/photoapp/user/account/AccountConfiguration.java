package com.photoapp.user.account;

import com.photoapp.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic user-service publishes on; the outbox module relays to it. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/**
	 * Creates {@code user-events} when it is missing. Three partitions, keyed by owner id; one
	 * replica suits the single local broker, production provisions replication factor 3 and
	 * {@code min.insync.replicas=2}.
	 */
	@Bean
	NewTopic userEventsTopic() {
		return TopicBuilder.name(Topics.USER_EVENTS).partitions(3).replicas(1).build();
	}

}
