package com.photoapp.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * storage-service's scheduled reconciliation on the real stack: it gets a token of its own from the
 * issuer with the client credentials grant, and photo-service answers it. The test stack starts the
 * first run 20 s after start-up; the one-hour grace keeps the blobs of every other test out of reach.
 */
@ExtendWith(StackExtension.class)
class ScheduledReconciliationTests {

	@Test
	void firstScheduledRunCompletesWithTheServicesOwnToken(Stack stack) throws IOException {
		Path log = stack.logDir().resolve("storage-service.log");

		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
			.until(() -> read(log).contains("Scheduled reconciliation"));

		assertThat(read(log)).contains("Scheduled reconciliation: ").doesNotContain("Scheduled reconciliation failed")
			.containsPattern("Scheduled reconciliation: \\d+ blobs scanned, 0 orphan photos, 0 removed");
	}

	private static String read(Path log) throws IOException {
		return Files.readString(log);
	}

}
