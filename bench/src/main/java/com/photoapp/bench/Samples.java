package com.photoapp.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Figures of several rounds or requests, sorted once, with the summaries the result table prints. */
final class Samples {

	private final double[] sorted;

	private Samples(double[] values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("values must not be empty");
		}
		this.sorted = values.clone();
		Arrays.sort(this.sorted);
	}

	static Samples of(double... values) {
		return new Samples(values);
	}

	static Samples of(List<Double> values) {
		return new Samples(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	double median() {
		return percentile(50);
	}

	double min() {
		return this.sorted[0];
	}

	double max() {
		return this.sorted[this.sorted.length - 1];
	}

	int count() {
		return this.sorted.length;
	}

	/** The nearest-rank percentile: the smallest value that at least {@code p} percent do not exceed. */
	double percentile(double p) {
		int rank = (int) Math.ceil(p / 100 * this.sorted.length);
		return this.sorted[Math.max(0, Math.min(this.sorted.length - 1, rank - 1))];
	}

	/** The median and the range of the rounds, such as {@code 512 (480–530, 3 rounds)}. */
	String summary(String format) {
		return summary(format, "");
	}

	/** As {@link #summary(String)} with a unit after both figures, such as {@code 4.1 ms (3.9–4.4 ms, 3 rounds)}. */
	String summary(String format, String unit) {
		return String.format(Locale.ROOT, format + unit + " (" + format + "–" + format + unit + ", %d rounds)", median(),
				min(), max(), count());
	}

}
