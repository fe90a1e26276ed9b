package com.photoapp.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a Prometheus text exposition, read back by name and labels, so tests can compare
 * a counter before and after what should move it.
 */
public final class PrometheusScrape {

	private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+).*");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final List<Sample> samples;

	private PrometheusScrape(List<Sample> samples) {
		this.samples = samples;
	}

	/**
	 * Reads a scrape.
	 * @param text the body of {@code /actuator/prometheus}
	 * @return the samples it holds
	 */
	public static PrometheusScrape parse(String text) {
		List<Sample> samples = new ArrayList<>();
		for (String line : text.split("\n")) {
			Matcher sample = SAMPLE.matcher(line.strip());
			if (!line.startsWith("#") && sample.matches()) {
				samples.add(new Sample(sample.group(1), labels(sample.group(3)), number(sample.group(4))));
			}
		}
		return new PrometheusScrape(samples);
	}

	/**
	 * Whether any series of the metric is present.
	 * @param name the metric name as exposed, such as {@code photoapp_uploads_total}
	 * @return whether the scrape has it
	 */
	public boolean has(String name) {
		return this.samples.stream().anyMatch((sample) -> sample.name().equals(name));
	}

	/**
	 * The sum over every series of a metric that carries the given labels, 0 if none does.
	 * @param name the metric name as exposed
	 * @param labels label names and values, alternating
	 * @return the sum
	 */
	public double value(String name, String... labels) {
		if (labels.length % 2 != 0) {
			throw new IllegalArgumentException("labels must come in name and value pairs");
		}
		return this.samples.stream()
			.filter((sample) -> sample.name().equals(name) && sample.carries(labels))
			.mapToDouble(Sample::value)
			.sum();
	}

	private static double number(String text) {
		return switch (text) {
			case "+Inf" -> Double.POSITIVE_INFINITY;
			case "-Inf" -> Double.NEGATIVE_INFINITY;
			default -> Double.parseDouble(text);
		};
	}

	private static Map<String, String> labels(String text) {
		Map<String, String> labels = new LinkedHashMap<>();
		if (text != null) {
			Matcher label = LABEL.matcher(text);
			while (label.find()) {
				labels.put(label.group(1), label.group(2));
			}
		}
		return labels;
	}

	private record Sample(String name, Map<String, String> labels, double value) {

		boolean carries(String[] wanted) {
			for (int i = 0; i < wanted.length; i += 2) {
				if (!wanted[i + 1].equals(this.labels.get(wanted[i]))) {
					return false;
				}
			}
			return true;
		}

	}

}
