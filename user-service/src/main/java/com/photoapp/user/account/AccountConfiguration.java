package com.photoapp.user.account;

import com.photoapp.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires account deletion's outbox: its settings, the scheduler of its relay, the topic and send logging. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
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

	/** Replaces Boot's logging listener, which would log a failed send with its whole payload. */
	@Bean
	ProducerListener<Object, Object> kafkaProducerListener() {
		return new ProducerListener<>() {
		};
	}

}
