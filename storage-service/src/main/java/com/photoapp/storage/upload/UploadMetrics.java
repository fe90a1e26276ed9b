package com.photoapp.storage.upload;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The upload meters, shared by one-shot and resumable uploads. Names and tags are stable: dashboards
 * and alerts in docs/operations.md rely on them.
 */
@Component
public class UploadMetrics {

	static final String UPLOADS = "photoapp.uploads";

	static final String STORED_SIZE = "photoapp.uploads.stored.size";

	static final String DURATION = "photoapp.uploads.duration";

	/** The {@code reason} of an upload that was not refused. */
	static final String NO_REASON = "none";

	private final MeterRegistry registry;

	private final DistributionSummary storedSize;

	private final Timer duration;

	UploadMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.storedSize = DistributionSummary.builder(STORED_SIZE)
			.description("Size of each stored original")
			.baseUnit("bytes")
			.register(registry);
		this.duration = Timer.builder(DURATION)
			.description("Time from the request to the answer of a one-shot upload or a resumable completion")
			.register(registry);
		// Present from the start, so a rate over them is defined before the first upload.
		outcome("stored", NO_REASON);
		outcome("duplicate", NO_REASON);
	}

	void stored(long sizeBytes) {
		outcome("stored", NO_REASON).increment();
		this.storedSize.record(sizeBytes);
	}

	void duplicate() {
		outcome("duplicate", NO_REASON).increment();
	}

	/**
	 * Counts an upload refused with a problem response.
	 * @param status the response status
	 * @param kind the problem type's slug, such as {@code unsupported-media-type}
	 */
	void refused(int status, String kind) {
		outcome((status < 500) ? "rejected" : "failed", kind).increment();
	}

	/**
	 * Times one upload, whatever its outcome.
	 * @param <T> the result
	 * @param upload the upload
	 * @return what the upload answered
	 */
	public <T> T timed(Supplier<T> upload) {
		return this.duration.record(upload);
	}

	private Counter outcome(String outcome, String reason) {
		return Counter.builder(UPLOADS)
			.description("Uploads by outcome; reason is the problem type of a refusal")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.register(this.registry);
	}

}
