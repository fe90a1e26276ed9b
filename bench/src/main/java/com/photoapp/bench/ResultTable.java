package com.photoapp.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The Markdown that {@code bench/results/latest.md} holds. */
final class ResultTable {

	private ResultTable() {
	}

	static String markdown(List<Row> rows, List<String> machine, Instant started, Duration took) {
		StringBuilder out = new StringBuilder();
		out.append("# Benchmark results\n\n");
		out.append("Written by `bench/run` on ").append(started.truncatedTo(ChronoUnit.SECONDS))
			.append(", whole run ").append(took.toMinutes()).append(" min ").append(took.toSecondsPart())
			.append(" s. What each figure measures and what limits it: [docs/benchmarks.md](../../docs/benchmarks.md).\n\n");
		machine.forEach((line) -> out.append("- ").append(line).append('\n'));
		out.append("- Load average at the end: ").append(Machine.loadAverage()).append("\n\n");
		out.append("Measured and reference give the median of the rounds after warm-up, then the range over the "
				+ "rounds. A ratio above 1 is slower for latencies and faster for rates.\n\n");
		out.append("| Figure | Measured | Reference | Ratio | Target | Result |\n");
		out.append("| --- | --- | --- | ---: | --- | --- |\n");
		rows.forEach((row) -> out.append(row.markdown()).append('\n'));
		return out.toString();
	}

}
