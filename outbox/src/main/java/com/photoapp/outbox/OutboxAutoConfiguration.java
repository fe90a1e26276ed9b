package com.photoapp.outbox;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Gives a service with a database and a Kafka producer its outbox: the recorder, the relay and
 * the cleanup. The service's own migrations create the {@code outbox_event} table.
 */
@AutoConfiguration(after = { JdbcClientAutoConfiguration.class, KafkaAutoConfiguration.class,
		JacksonAutoConfiguration.class })
@ConditionalOnBean({ JdbcClient.class, KafkaTemplate.class })
@EnableScheduling
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock outboxClock() {
		return Clock.systemUTC();
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, JsonMapper jsonMapper, Clock clock) {
		return new Outbox(jdbc, jsonMapper, clock);
	}

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka,
			PlatformTransactionManager transactionManager, OutboxProperties properties, Clock clock) {
		return new OutboxRelay(jdbc, kafka, transactionManager, properties, clock);
	}

	@Bean
	OutboxCleanup outboxCleanup(JdbcClient jdbc, OutboxProperties properties, Clock clock) {
		return new OutboxCleanup(jdbc, properties, clock);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
	static class OutboxMetricsConfiguration {

		@Bean
		OutboxMetrics outboxMetrics(JdbcClient jdbc, Clock clock) {
			return new OutboxMetrics(jdbc, clock);
		}

	}

}
