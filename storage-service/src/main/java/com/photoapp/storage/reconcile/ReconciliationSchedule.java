package com.photoapp.storage.reconcile;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.web.client.RestClient;

/**
 * Runs the reconciliation for real on a fixed delay, so orphan blobs go even when no operator asks:
 * blobs of photos whose purge event was dead-lettered, or of uploads the sweeper missed. Only when
 * storage-service has client credentials of its own; operators can always run it on request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "photoapp.storage.reconciliation.schedule", name = "client-id")
class ReconciliationSchedule implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(ReconciliationSchedule.class);

	private final Reconciliation reconciliation;

	private final ServiceTokens tokens;

	private final ReconciliationScheduleProperties properties;

	ReconciliationSchedule(Reconciliation reconciliation, RestClient.Builder builder,
			ReconciliationScheduleProperties properties) {
		this.reconciliation = reconciliation;
		this.tokens = new ServiceTokens(builder, properties);
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::run, this.properties.interval(),
				this.properties.initialDelay()));
	}

	/**
	 * One run, never a dry one. A failure is logged and waits for the next run.
	 * @return the report, or {@code null} if the run failed
	 */
	@Nullable ReconciliationReport run() {
		try {
			ReconciliationReport report = this.reconciliation.run(this.tokens.accessToken(), false);
			logger.info("Scheduled reconciliation: {} blobs scanned, {} orphan photos, {} removed",
					report.blobsScanned(), report.orphanPhotos(), report.removedPhotos());
			return report;
		}
		catch (RuntimeException ex) {
			// The exception's class only: a message could quote the token endpoint's answer.
			logger.warn("Scheduled reconciliation failed with {}",
					NestedExceptionUtils.getMostSpecificCause(ex).getClass().getName());
			return null;
		}
	}

}
