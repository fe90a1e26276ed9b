package com.photoapp.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.support.ProducerListener;

/**
 * Replaces Boot's logging producer listener, which reports a failed send at ERROR with the whole
 * payload. The relay logs a failure itself, with the event id only, and retries it. Runs before
 * Boot's Kafka auto-configuration so that Boot's listener backs off.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
public class QuietProducerAutoConfiguration {

	@Bean
	ProducerListener<Object, Object> kafkaProducerListener() {
		return new ProducerListener<>() {
		};
	}

}
