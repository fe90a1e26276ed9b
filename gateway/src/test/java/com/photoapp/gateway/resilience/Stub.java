package com.photoapp.gateway.resilience;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A downstream service the tests control by path: {@code /fail} answers 503, {@code /flaky} answers
 * 503 twice and then 200, {@code /missing} answers 404, {@code /slow} waits until released; anything
 * else answers 200. It can be stopped and started again on the same port.
 */
final class Stub {

	private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

	private volatile CountDownLatch slow = new CountDownLatch(1);

	private final int port;

	private HttpServer server;

	Stub() {
		this.server = start(0);
		this.port = this.server.getAddress().getPort();
	}

	String uri() {
		return "http://127.0.0.1:" + this.port;
	}

	int calls(String path) {
		return this.calls.computeIfAbsent(path, (p) -> new AtomicInteger()).get();
	}

	void releaseSlow() {
		this.slow.countDown();
		this.slow = new CountDownLatch(1);
	}

	synchronized void stop() {
		this.server.stop(0);
	}

	synchronized void restart() {
		this.server = start(this.port);
	}

	private HttpServer start(int port) {
		try {
			HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			created.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			created.createContext("/", this::handle);
			created.start();
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		int call = this.calls.computeIfAbsent(path, (p) -> new AtomicInteger()).incrementAndGet();
		exchange.getRequestBody().readAllBytes();
		if (path.contains("/slow")) {
			awaitRelease();
		}
		int status = 200;
		if (path.contains("/fail") || (path.contains("/flaky") && call <= 2)) {
			status = 503;
		}
		else if (path.contains("/missing")) {
			status = 404;
		}
		byte[] body = "{}".getBytes();
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private void awaitRelease() {
		try {
			this.slow.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
