package com.photoapp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storage-service's heap during a 2 GB resumable upload on {@code -Xmx256m}. Measuring it takes its own
 * stack and five to ten minutes, more than the whole run may take, so the row repeats the latest figures
 * of {@code bin/benchmark-large-upload} as docs/images.md records them, marked as such.
 */
final class HeapFigure {

	private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| ([\\d.]+ (?:MB|s)) \\|");

	private HeapFigure() {
	}

	static Row fromDocs(Path imagesDoc) {
		String figure = "Storage-service heap during a 2 GB resumable upload, -Xmx256m";
		String target = "completes; peak heap reported";
		List<String> lines;
		try {
			lines = Files.readAllLines(imagesDoc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int section = lines.indexOf("## Large uploads");
		String took = null;
		String before = null;
		String live = null;
		for (String line : lines.subList(Math.max(section, 0), lines.size())) {
			Matcher row = ROW.matcher(line);
			if (section < 0 || !row.find()) {
				continue;
			}
			if (row.group(1).startsWith("upload and completion")) {
				took = row.group(2);
			}
			else if (row.group(1).startsWith("heap before a collection")) {
				before = row.group(2);
			}
			else if (row.group(1).startsWith("heap after a full collection")) {
				live = row.group(2);
			}
		}
		if (took == null || before == null || live == null) {
			return Row.notRun(figure, target, "not run; run bin/benchmark-large-upload");
		}
		return new Row(figure, "completed in " + took + "; heap " + before + " before a GC, " + live
				+ " after a full GC (live)", "-", "of the 256 MB limit: " + ratio(before) + " / " + ratio(live), target,
				"from bin/benchmark-large-upload, not this run");
	}

	private static String ratio(String megabytes) {
		return String.format(Locale.ROOT, "%.2f", Double.parseDouble(megabytes.split(" ")[0]) / 256);
	}

}
