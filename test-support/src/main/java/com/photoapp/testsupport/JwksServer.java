package com.photoapp.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the issuer's JWKS endpoint: publishes the public halves of its RSA keys, signs with
 * the newest, and can rotate, withdraw a key or go down, counting every fetch.
 */
public final class JwksServer implements AutoCloseable {

	private final HttpServer server;

	private final List<RSAKey> published = new ArrayList<>();

	private final AtomicInteger fetches = new AtomicInteger();

	private RSAKey signingKey;

	private volatile boolean down;

	private JwksServer(HttpServer server, RSAKey signingKey) {
		this.server = server;
		this.signingKey = signingKey;
		this.published.add(signingKey);
	}

	/** Starts a server on a free loopback port that publishes one fresh key. */
	public static JwksServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			JwksServer jwks = new JwksServer(server, newKey());
			server.createContext("/jwks", jwks::handle);
			server.start();
			return jwks;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String uri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/jwks";
	}

	/** The private key tokens are signed with. */
	public synchronized RSAKey signingKey() {
		return this.signingKey;
	}

	/** Publishes a new key next to the old ones and signs with it from now on. */
	public synchronized RSAKey rotate() {
		this.signingKey = newKey();
		this.published.add(this.signingKey);
		return this.signingKey;
	}

	/** Stops publishing a key; tokens signed with it must stop verifying once caches expire. */
	public synchronized void withdraw(String keyId) {
		this.published.removeIf((key) -> key.getKeyID().equals(keyId));
	}

	/** Answers 503 to every fetch until {@link #up()}. */
	public void down() {
		this.down = true;
	}

	public void up() {
		this.down = false;
	}

	/** How many times the JWKS was requested. */
	public int fetches() {
		return this.fetches.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.fetches.incrementAndGet();
		if (this.down) {
			exchange.sendResponseHeaders(503, -1);
			exchange.close();
			return;
		}
		byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private synchronized String jwks() {
		List<JWK> keys = this.published.stream().map((key) -> (JWK) key.toPublicJWK()).toList();
		return new JWKSet(keys).toString();
	}

	static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
