package com.photoapp.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.photoapp.devstack.RepositoryRoot;
import com.photoapp.devstack.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the SPA's Playwright journey ({@code frontend/e2e}) in Debian's Chromium against the real
 * stack: sign in on the issuer's login page, upload, see the thumbnail, delete. Screenshots land in
 * {@code e2e/target/screenshots}.
 * <p>
 * It signs in as bob: the journey expects an empty library at the start, and the API journeys only
 * ever upload as alice.
 */
@ExtendWith(StackExtension.class)
class BrowserJourneyTests {

	private static final Path FRONTEND = RepositoryRoot.get().resolve("frontend");

	private static final Path SCREENSHOTS = RepositoryRoot.get().resolve("e2e/target/screenshots");

	@Test
	void personSignsInUploadsSeesAndDeletesAPhotoInChromium(Stack stack) throws IOException, InterruptedException {
		Path log = RepositoryRoot.get().resolve("e2e/target/playwright.log");
		Files.createDirectories(SCREENSHOTS);
		ProcessBuilder playwright = new ProcessBuilder(FRONTEND.resolve("node_modules/.bin/playwright").toString(),
				"test")
			.directory(FRONTEND.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		playwright.environment().put("BASE_URL", stack.gatewayUri().toString());
		playwright.environment().put("E2E_USER", "bob");
		playwright.environment().put("E2E_PASSWORD", "bob-password");
		playwright.environment().put("SCREENSHOT_DIR", SCREENSHOTS.toString());

		Process process = playwright.start();
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}

		assertThat(finished).as("Playwright finished within 5 minutes").isTrue();
		assertThat(process.exitValue()).as(() -> "Playwright exit code; output:\n" + read(log)).isZero();
		assertThat(List.of("00-signed-out.png", "01-uploaded.png", "02-deleted.png"))
			.allSatisfy((name) -> assertThat(SCREENSHOTS.resolve(name)).isNotEmptyFile());
	}

	private static String read(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "(no output: " + ex.getClass().getSimpleName() + ")";
		}
	}

}
