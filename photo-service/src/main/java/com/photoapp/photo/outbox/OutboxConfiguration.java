package com.photoapp.photo.outbox;

import com.photoapp.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the outbox: its settings, the scheduler its relay and cleanup run on, the topic and send logging. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

	/**
	 * Creates {@code photo-events} when it is missing; an existing topic is left as it is. Three
	 * partitions spread owners across consumers while each owner's events stay in one partition.
	 * One replica suits the single local broker; production provisions the topic with replication
	 * factor 3 and {@code min.insync.replicas=2}, so that with {@code acks=all} an acknowledged event
	 * survives the loss of a broker.
	 */
	@Bean
	NewTopic photoEventsTopic() {
		return TopicBuilder.name(Topics.PHOTO_EVENTS).partitions(3).replicas(1).build();
	}

	/**
	 * Replaces Boot's logging listener, which reports a failed send at ERROR with the whole payload.
	 * The relay logs the failure itself, with the event id only, and retries it.
	 */
	@Bean
	ProducerListener<Object, Object> kafkaProducerListener() {
		return new ProducerListener<>() {
		};
	}

}
