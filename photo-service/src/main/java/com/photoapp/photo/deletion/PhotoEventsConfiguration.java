package com.photoapp.photo.deletion;

import com.photoapp.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The topic photo-service publishes on; the outbox module relays to it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PhotoEventsConfiguration {

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

}
