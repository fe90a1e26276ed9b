package com.photoapp.devstack;

import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: starts the whole app on embedded defaults and keeps it up until
 * Ctrl-C. {@code PHOTOAPP_DATABASE_URL} points it at an existing PostgreSQL instead of the
 * embedded one.
 */
public final class DevStack {

	private DevStack() {
	}

	public static void main(String[] args) throws InterruptedException {
		long started = System.nanoTime();
		System.out.println("Starting PostgreSQL, Kafka, Azurite, the issuer, the services and the gateway...");
		Stack stack = Stack.startLocal(System.getenv("PHOTOAPP_DATABASE_URL"));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping everything...");
			stack.close();
			stopped.countDown();
		}, "devstack-stop"));
		System.out.printf("""

				Photo app is up after %d s.
				  Open            %s  and sign in as alice / alice-password (or bob / bob-password)
				  Health          %s
				  Access token    scripts/get-token.sh alice alice-password
				  Logs and data   %s
				Press Ctrl-C to stop everything.
				""", (System.nanoTime() - started) / 1_000_000_000L, stack.gatewayUri(), stack.gatewayHealthUri(),
				stack.logDir().getParent());
		stopped.await();
	}

}
