package com.photoapp.storage.purge;

import com.photoapp.events.Topics;
import com.photoapp.inbox.UnreadableEventException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * What the service's Kafka listeners do when a record fails: retry transient failures (Azure or the
 * database away) with a bounded exponential back-off, then publish the record unchanged to the
 * topic's dead-letter topic ({@code <topic>.DLT}) and go on with the partition. Records that can
 * never succeed go there without retries.
 */
@Configuration(proxyBeanMethods = false)
class ListenerErrorHandling {

	static final String DEAD_LETTER_SUFFIX = ".DLT";

	private static final Logger logger = LoggerFactory.getLogger(ListenerErrorHandling.class);

	private static final int MAX_RETRIES = 6;

	private static final int PARTITIONS = 3;

	static final String DEAD_LETTERS = "photoapp.dead.letters";

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> kafka, MeterRegistry registry) {
		DefaultErrorHandler handler = new DefaultErrorHandler(counted(deadLetterRecoverer(kafka), registry), backOff());
		handler.addNotRetryableExceptions(UnreadableEventException.class);
		// With manual acknowledgement the container commits nothing on its own, so a dead-lettered
		// record would otherwise be delivered again after a restart.
		handler.setCommitRecovered(true);
		handler.setRetryListeners(ListenerErrorHandling::failedDelivery);
		return handler;
	}

	// The exception's class only: messages can quote record contents.
	private static void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int attempt) {
		logger.warn("Delivery attempt {} of record {}-{}@{} failed with {}", attempt, record.topic(),
				record.partition(), record.offset(), NestedExceptionUtils.getMostSpecificCause(ex).getClass().getName());
	}

	/**
	 * The dead-letter record keeps the original key and value and carries the original topic,
	 * partition, offset, consumer group and exception class as headers. Exception messages and
	 * stack traces stay out: they can quote record contents.
	 */
	private static DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaOperations<Object, Object> kafka) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
		recoverer.excludeHeader(HeadersToAdd.EX_MSG, HeadersToAdd.EX_STACKTRACE);
		return recoverer;
	}

	// Counted once the dead-letter topic has the record; a failed publication is retried, not counted.
	private static ConsumerRecordRecoverer counted(ConsumerRecordRecoverer recoverer, MeterRegistry registry) {
		for (String topic : new String[] { Topics.PHOTO_EVENTS, Topics.USER_EVENTS }) {
			deadLetters(registry, topic);
		}
		return (record, ex) -> {
			recoverer.accept(record, ex);
			deadLetters(registry, record.topic()).increment();
		};
	}

	private static Counter deadLetters(MeterRegistry registry, String topic) {
		return Counter.builder(DEAD_LETTERS)
			.description("Records sent to a dead-letter topic, by the topic they came from")
			.tag("topic", topic)
			.register(registry);
	}

	private static ExponentialBackOffWithMaxRetries backOff() {
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(MAX_RETRIES);
		backOff.setInitialInterval(500);
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(10_000);
		return backOff;
	}

	/**
	 * Dead-letter topics are this service's own. Replication is left to the broker's default, which
	 * a production cluster sets to 3 with {@code min.insync.replicas=2}.
	 */
	@Bean
	NewTopic photoEventsDeadLetterTopic() {
		return TopicBuilder.name(Topics.PHOTO_EVENTS + DEAD_LETTER_SUFFIX).partitions(PARTITIONS).build();
	}

	@Bean
	NewTopic userEventsDeadLetterTopic() {
		return TopicBuilder.name(Topics.USER_EVENTS + DEAD_LETTER_SUFFIX).partitions(PARTITIONS).build();
	}

}
