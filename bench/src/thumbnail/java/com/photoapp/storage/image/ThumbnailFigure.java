package com.photoapp.storage.image;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import com.photoapp.storage.StorageProperties;

import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

/**
 * The thumbnail and preview of 12-megapixel JPEGs made by storage-service's {@link ImageProcessor}, as
 * an upload makes them, against {@code vipsthumbnail} over the same files in one process per size, both
 * on one thread. It lives in the processor's package because the processor's constructor is package
 * private; bench/run compiles it against storage-service's classes and runs it before the stack starts.
 * Arguments: the folder of JPEGs, the properties file to write.
 */
public final class ThumbnailFigure {

	private static final int WARM_UP_ROUNDS = 2;

	private static final int ROUNDS = 3;

	private ThumbnailFigure() {
	}

	public static void main(String[] args) throws IOException {
		List<Path> files;
		try (Stream<Path> listed = Files.list(Path.of(args[0]).toAbsolutePath())) {
			files = listed.filter((file) -> file.toString().endsWith(".jpg")).sorted().toList();
		}
		ImageProcessor processor = new ImageProcessor(new StorageProperties("UseDevelopmentStorage=true", null, "photos",
				URI.create("http://localhost:8082"), DataSize.ofMegabytes(50), 50_000_000, 256, 1600));
		Path output = Files.createTempDirectory("bench-vips-");
		boolean vips = !command(output, List.of("vipsthumbnail", "--vips-version")).isEmpty();
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			serviceMillisPerImage(processor, files);
			if (vips) {
				vipsMillisPerImage(files, output);
			}
		}
		double[] service = new double[ROUNDS];
		double[] reference = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			service[round] = serviceMillisPerImage(processor, files);
			reference[round] = vips ? vipsMillisPerImage(files, output) : Double.NaN;
		}
		Properties figures = new Properties();
		figures.setProperty("measured", summary(service) + " storage-service's ImageProcessor over " + files.size()
				+ " files");
		if (vips) {
			double ratio = median(service) / median(reference);
			figures.setProperty("reference", summary(reference) + " vipsthumbnail 256 px + 1600 px");
			figures.setProperty("ratio", String.format(Locale.ROOT, "%.2fx", ratio));
			figures.setProperty("verdict", ratio <= 1.5 ? "pass" : "**falls short**");
		}
		else {
			figures.setProperty("reference", "-");
			figures.setProperty("ratio", "-");
			figures.setProperty("verdict", "no reference: vipsthumbnail (libvips-tools) could not be installed");
		}
		try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
			figures.store(out, "bench/run: thumbnails");
		}
		deleteTree(output);
		for (String key : List.of("measured", "reference", "ratio", "verdict")) {
			System.out.println("  " + key + ": " + figures.getProperty(key));
		}
	}

	private static double serviceMillisPerImage(ImageProcessor processor, List<Path> files) {
		long started = System.nanoTime();
		for (Path file : files) {
			if (!processor.process(new FileSystemResource(file)).hasDerivatives()) {
				throw new IllegalStateException("No derivatives for " + file);
			}
		}
		return (System.nanoTime() - started) / 1e6 / files.size();
	}

	// One process per size over all files, so start-up is paid twice per round, not per image.
	private static double vipsMillisPerImage(List<Path> files, Path output) {
		long started = System.nanoTime();
		for (String size : List.of("256", "1600")) {
			List<String> command = new ArrayList<>(List.of("vipsthumbnail", "--size", size, "-o",
					output.resolve("%s-" + size + ".jpg").toString()));
			files.forEach((file) -> command.add(file.toString()));
			command(output, command);
		}
		return (System.nanoTime() - started) / 1e6 / files.size();
	}

	private static String command(Path dir, List<String> command) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
			// One worker thread, as the service decodes each upload on its request thread.
			builder.environment().put("VIPS_CONCURRENCY", "1");
			Process process = builder.start();
			String printed = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IllegalStateException(command.get(0) + " failed: " + printed);
			}
			return printed;
		}
		catch (IOException ex) {
			// The command cannot start: not installed.
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String summary(double[] values) {
		return String.format(Locale.ROOT, "%.0f ms (%.0f–%.0f ms, %d rounds)", median(values),
				Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow(), values.length);
	}

}
