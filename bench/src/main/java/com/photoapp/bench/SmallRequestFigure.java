package com.photoapp.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A small JSON GET ({@code /api/users/me}) through the gateway against the same request straight to
 * user-service: requests per second at 50 connections and the latency the gateway adds at one.
 */
final class SmallRequestFigure {

	static final String THROUGHPUT = "Small JSON GET through the gateway, requests/s at 50 connections";

	static final String LATENCY = "Small JSON GET, p50 latency added by the gateway at 1 connection";

	private static final String PATH = "/api/users/me";

	private static final int ROUNDS = 3;

	private static final Duration THROUGHPUT_RUN = Duration.ofSeconds(5);

	private static final Duration LATENCY_RUN = Duration.ofSeconds(4);

	private SmallRequestFigure() {
	}

	static List<Row> measure(Api gateway, URI userService) {
		if (!Wrk.installed()) {
			return List.of(Row.notRun(THROUGHPUT, "ratio ≥ 0.5", "wrk is not installed"),
					Row.notRun(LATENCY, "< 0.5 ms", "wrk is not installed"));
		}
		Api.expect(gateway.get(PATH), 200);
		URI viaGateway = gateway.base().resolve(PATH);
		URI direct = userService.resolve(PATH);
		try (Wrk wrk = new Wrk(gateway.token())) {
			// Warm-up: the JIT, connection pools and the token caches on both paths.
			wrk.warmUp(viaGateway, 50, THROUGHPUT_RUN);
			wrk.warmUp(direct, 50, THROUGHPUT_RUN);
			Rounds rounds = new Rounds();
			for (int round = 0; round < ROUNDS; round++) {
				// Alternate the order so that a burst of load from outside does not always hit the same side.
				boolean gatewayFirst = round % 2 == 0;
				Wrk.Run first = wrk.run(gatewayFirst ? viaGateway : direct, 50, THROUGHPUT_RUN);
				Wrk.Run second = wrk.run(gatewayFirst ? direct : viaGateway, 50, THROUGHPUT_RUN);
				rounds.addThroughput(gatewayFirst ? first : second, gatewayFirst ? second : first);
				rounds.addLatency(wrk.run(viaGateway, 1, LATENCY_RUN), wrk.run(direct, 1, LATENCY_RUN));
			}
			return rounds.rows();
		}
	}

	/** What the rounds measured on each side. */
	private static final class Rounds {

		private final List<Double> gatewayRates = new ArrayList<>();

		private final List<Double> directRates = new ArrayList<>();

		private final List<Double> gatewayMedians = new ArrayList<>();

		private final List<Double> directMedians = new ArrayList<>();

		private final List<Double> added = new ArrayList<>();

		private final List<String> socketErrors = new ArrayList<>();

		void addThroughput(Wrk.Run viaGateway, Wrk.Run direct) {
			Stream.of(viaGateway, direct)
				.map(Wrk.Run::socketErrors)
				.filter((errors) -> !errors.isEmpty())
				.forEach(this.socketErrors::add);
			this.gatewayRates.add(viaGateway.rate());
			this.directRates.add(direct.rate());
		}

		void addLatency(Wrk.Run viaGateway, Wrk.Run direct) {
			this.gatewayMedians.add(viaGateway.medianMillis());
			this.directMedians.add(direct.medianMillis());
			this.added.add(viaGateway.medianMillis() - direct.medianMillis());
		}

		List<Row> rows() {
			Samples gatewayRate = Samples.of(this.gatewayRates);
			Samples directRate = Samples.of(this.directRates);
			double ratio = gatewayRate.median() / directRate.median();
			Samples added = Samples.of(this.added);
			String medians = "p50 " + Samples.of(this.directMedians).summary("%.2f", " ms") + " straight, "
					+ Samples.of(this.gatewayMedians).summary("%.2f", " ms") + " through the gateway";
			return List.of(
					new Row(THROUGHPUT, gatewayRate.summary("%.0f"), directRate.summary("%.0f") + " straight to user-service",
							ratio(ratio), "ratio ≥ 0.5", Row.verdict(ratio >= 0.5) + note(this.socketErrors)),
					new Row(LATENCY, added.summary("%.2f", " ms"), medians, "-", "< 0.5 ms",
							Row.verdict(added.median() < 0.5)));
		}

	}

	private static String note(List<String> socketErrors) {
		return socketErrors.isEmpty() ? "" : "; wrk socket errors: " + String.join(", ", socketErrors);
	}

	static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2f", ratio);
	}

}
