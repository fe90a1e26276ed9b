package com.photoapp.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending outbox records to Kafka and marks each published only after the broker has
 * acknowledged it, so a failed send is retried on the next poll rather than lost: delivery is at
 * least once, and consumers deduplicate on the event id.
 * <p>
 * A batch is claimed with {@code FOR UPDATE SKIP LOCKED} so several instances can relay side by
 * side. The first failure ends the batch, which keeps a later event of the same owner from
 * overtaking an earlier one within this instance.
 * <p>
 * As a {@link SmartLifecycle} the relay stops polling before the producer and the connection pool
 * close, and can be paused.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, String> kafka;

	private final TransactionTemplate transaction;

	private final OutboxProperties properties;

	private final Clock clock;

	private final Lock batchLock = new ReentrantLock();

	private volatile boolean running;

	public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, PlatformTransactionManager transactionManager,
			OutboxProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.transaction = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${photoapp.outbox.poll-interval:500ms}")
	public void poll() {
		this.batchLock.lock();
		try {
			if (this.running) {
				relayBatch();
			}
		}
		finally {
			this.batchLock.unlock();
		}
	}

	/**
	 * Sends one batch in one transaction, holding the row locks until the outcomes are recorded.
	 * @return how many records were published
	 */
	public int relayBatch() {
		Integer published = this.transaction.execute((status) -> sendPending());
		return (published != null) ? published : 0;
	}

	private int sendPending() {
		List<Pending> batch = this.jdbc.sql("""
				select id, topic, message_key, payload from outbox_event
				where published_at is null
				order by created_at, id
				limit :limit
				for update skip locked""")
			.param("limit", this.properties.batchSize())
			.query(OutboxRelay::mapPending)
			.list();
		int published = 0;
		for (Pending record : batch) {
			if (!send(record)) {
				break;
			}
			published++;
		}
		if (published > 0) {
			logger.debug("Published {} of {} outbox events", published, batch.size());
		}
		return published;
	}

	private boolean send(Pending record) {
		try {
			this.kafka.send(record.topic(), record.messageKey(), record.payload())
				.get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			markFailed(record.id(), ex);
			return false;
		}
		markPublished(record.id());
		return true;
	}

	private void markPublished(UUID id) {
		this.jdbc.sql("update outbox_event set published_at = :now, last_error = null where id = :id")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	// Only the exception's class is kept: messages can carry record contents.
	private void markFailed(UUID id, Exception ex) {
		String error = NestedExceptionUtils.getMostSpecificCause(ex).getClass().getSimpleName();
		int attempts = this.jdbc.sql("""
				update outbox_event set attempts = attempts + 1, last_error = :error
				where id = :id
				returning attempts""")
			.param("error", error)
			.param("id", id)
			.query(Integer.class)
			.single();
		logger.warn("Outbox event {} not published, attempt {} failed with {}", id, attempts, error);
		logger.debug("Send of outbox event {} failed", id, ex);
	}

	@Override
	public void start() {
		this.running = true;
	}

	/** Stops polling, waiting for a batch in flight to finish. */
	@Override
	public void stop() {
		this.batchLock.lock();
		try {
			this.running = false;
		}
		finally {
			this.batchLock.unlock();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static Pending mapPending(ResultSet rs, int rowNum) throws SQLException {
		return new Pending(rs.getObject("id", UUID.class), rs.getString("topic"), rs.getString("message_key"),
				rs.getString("payload"));
	}

	/** The columns a send needs. */
	private record Pending(UUID id, String topic, String messageKey, String payload) {

	}

}
