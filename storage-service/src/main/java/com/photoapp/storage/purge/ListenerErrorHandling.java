package com.photoapp.storage.purge;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * What the service's Kafka listeners do when a record fails: retry transient failures with a
 * bounded exponential back-off, then log the record's coordinates at ERROR and move on. Records
 * that can never succeed skip the retries.
 */
@Configuration(proxyBeanMethods = false)
class ListenerErrorHandling {

	private static final Logger logger = LoggerFactory.getLogger(ListenerErrorHandling.class);

	private static final int MAX_RETRIES = 6;

	@Bean
	DefaultErrorHandler kafkaErrorHandler() {
		DefaultErrorHandler handler = new DefaultErrorHandler(ListenerErrorHandling::giveUp, backOff());
		handler.addNotRetryableExceptions(UnreadableEventException.class);
		// With manual acknowledgement the container commits nothing on its own, so a skipped record
		// would otherwise be delivered again after a restart.
		handler.setCommitRecovered(true);
		return handler;
	}

	private static ExponentialBackOffWithMaxRetries backOff() {
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(MAX_RETRIES);
		backOff.setInitialInterval(500);
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(10_000);
		return backOff;
	}

	private static void giveUp(ConsumerRecord<?, ?> record, Exception ex) {
		logger.error("Giving up on record {}-{}@{} (key {})", record.topic(), record.partition(), record.offset(),
				record.key(), ex);
	}

}
