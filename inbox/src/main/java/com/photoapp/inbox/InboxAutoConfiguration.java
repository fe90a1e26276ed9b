package com.photoapp.inbox;

import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gives a consuming service its envelope reader and its record of handled events. */
@AutoConfiguration(after = { JdbcClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnBean({ JdbcClient.class, JsonMapper.class })
@EnableScheduling
public class InboxAutoConfiguration {

	@Bean
	EventReader eventReader(JsonMapper jsonMapper) {
		return new EventReader(jsonMapper);
	}

	@Bean
	ProcessedEvents processedEvents(JdbcClient jdbc,
			@Value("${photoapp.processed-events.retention:30d}") Duration retention) {
		return new ProcessedEvents(jdbc, retention);
	}

}
