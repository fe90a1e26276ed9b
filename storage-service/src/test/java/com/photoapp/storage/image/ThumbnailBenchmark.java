package com.photoapp.storage.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.FileCacheImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

import org.springframework.core.io.ByteArrayResource;

/**
 * Times thumbnail (256 px) and preview (1600 px) generation from a 12-megapixel JPEG with each
 * candidate library, for docs/images.md. Not a test: run it by hand with the JDK the service runs on:
 *
 * <pre>
 * ./mvnw -B -q -ntp -pl storage-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.photoapp.storage.image.ThumbnailBenchmark
 * </pre>
 *
 * The two ImageIO readers are picked by their service provider class; Thumbnailator and the
 * service's own path use whichever reader ImageIO ranks first, as in production. The candidates take
 * turns within each round, so a change in machine load hits all of them alike, and the thread's CPU
 * time is reported next to the wall-clock time because CPU time is what a busy shared machine
 * distorts least.
 */
public final class ThumbnailBenchmark {

	private static final int WIDTH = 4000;

	private static final int HEIGHT = 3000;

	private static final int WARM_UP_ROUNDS = 5;

	private static final int MEASURED_ROUNDS = 21;

	private static final String JDK_READER = "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi";

	private static final String TWELVEMONKEYS_READER = "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private ThumbnailBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		byte[] jpeg = photographicJpeg();
		Dimensions size = new Dimensions(WIDTH, HEIGHT);
		ImageReaderSpi jdk = provider(JDK_READER);
		ImageReaderSpi twelveMonkeys = provider(TWELVEMONKEYS_READER);
		Map<String, Supplier<Object>> tasks = new LinkedHashMap<>();
		tasks.put("JDK ImageIO, subsampling (reference) 256", () -> render(jdk, jpeg, size, 256));
		tasks.put("JDK ImageIO, subsampling (reference) 1600", () -> render(jdk, jpeg, size, 1600));
		tasks.put("TwelveMonkeys imageio-jpeg 3.14.0, subsampling 256", () -> render(twelveMonkeys, jpeg, size, 256));
		tasks.put("TwelveMonkeys imageio-jpeg 3.14.0, subsampling 1600",
				() -> render(twelveMonkeys, jpeg, size, 1600));
		tasks.put("Thumbnailator 0.4.21 256", () -> thumbnailator(jpeg, 256));
		tasks.put("Thumbnailator 0.4.21 1600", () -> thumbnailator(jpeg, 1600));
		ImageInspector inspector = new ImageInspector(50_000_000);
		tasks.put("walk", () -> inspector.inspect(new ByteArrayResource(jpeg), ImageType.JPEG));
		ImageProcessor processor = ImageProcessorTests.processor(50_000_000);
		tasks.put("process", () -> processor.process(new ByteArrayResource(jpeg)));
		Map<String, double[][]> times = measure(tasks);
		System.out.printf(Locale.ROOT, "%s %s, %d cores; %d x %d JPEG of %,d bytes; median of %d rounds after %d"
				+ " warm-up rounds; ImageIO's JPEG reader: %s%n", System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(), WIDTH, HEIGHT,
				jpeg.length, MEASURED_ROUNDS, WARM_UP_ROUNDS,
				ImageIO.getImageReadersByFormatName("jpeg").next().getClass().getName());
		print("CPU time of the calling thread", times, 0);
		print("Wall-clock time", times, 1);
	}

	// Each round runs every task once, in turn; times[task][0] is CPU time, times[task][1] wall time.
	private static Map<String, double[][]> measure(Map<String, Supplier<Object>> tasks) {
		Map<String, double[][]> times = new LinkedHashMap<>();
		tasks.keySet().forEach((name) -> times.put(name, new double[2][MEASURED_ROUNDS]));
		for (int round = -WARM_UP_ROUNDS; round < MEASURED_ROUNDS; round++) {
			for (Map.Entry<String, Supplier<Object>> task : tasks.entrySet()) {
				long cpuStart = THREADS.getCurrentThreadCpuTime();
				long wallStart = System.nanoTime();
				if (task.getValue().get() == null) {
					throw new IllegalStateException("No result from " + task.getKey());
				}
				if (round >= 0) {
					times.get(task.getKey())[0][round] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
					times.get(task.getKey())[1][round] = (System.nanoTime() - wallStart) / 1e6;
				}
			}
		}
		return times;
	}

	private static void print(String title, Map<String, double[][]> times, int kind) {
		System.out.printf(Locale.ROOT, "%n%s, median ms%n%n", title);
		System.out.println("| Library | Thumbnail 256 px | vs. reference | Preview 1600 px | vs. reference |");
		System.out.println("| --- | ---: | ---: | ---: | ---: |");
		double thumbnailReference = median(times.get("JDK ImageIO, subsampling (reference) 256")[kind]);
		double previewReference = median(times.get("JDK ImageIO, subsampling (reference) 1600")[kind]);
		times.forEach((name, samples) -> {
			if (name.endsWith(" 256")) {
				String library = name.substring(0, name.length() - 4);
				double thumbnail = median(samples[kind]);
				double preview = median(times.get(library + " 1600")[kind]);
				System.out.printf(Locale.ROOT, "| %s | %.0f | %.2fx | %.0f | %.2fx |%n", library, thumbnail,
						thumbnail / thumbnailReference, preview, preview / previewReference);
			}
		});
		double process = median(times.get("process")[kind]);
		System.out.printf(Locale.ROOT, "%nStructure walk alone: %.1f ms; ImageProcessor.process (walk, EXIF, one"
				+ " decode for both renditions): %.0f ms, %.2fx the reference's thumbnail plus preview%n",
				median(times.get("walk")[kind]), process, process / (thumbnailReference + previewReference));
	}

	private static double median(double[] samples) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static Derivative render(ImageReaderSpi provider, byte[] jpeg, Dimensions size, int longSide) {
		Thumbnailer thumbnailer = new Thumbnailer(longSide);
		try (ImageInputStream input = new FileCacheImageInputStream(new ByteArrayInputStream(jpeg), null)) {
			ImageReader reader = provider.createReaderInstance();
			try {
				reader.setInput(input, true, true);
				ImageReadParam param = reader.getDefaultReadParam();
				int subsampling = thumbnailer.subsampling(size);
				param.setSourceSubsampling(subsampling, subsampling, 0, 0);
				return thumbnailer.render(reader.read(0, param), size, Orientation.NORMAL);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] thumbnailator(byte[] jpeg, int longSide) {
		try (InputStream input = new ByteArrayInputStream(jpeg)) {
			ByteArrayOutputStream output = new ByteArrayOutputStream();
			Thumbnails.of(input)
				.size(longSide, longSide)
				.outputFormat("jpg")
				.outputQuality(0.85f)
				.toOutputStream(output);
			return output.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ImageReaderSpi provider(String spiClass) {
		Iterator<ImageReaderSpi> providers = IIORegistry.getDefaultInstance()
			.getServiceProviders(ImageReaderSpi.class, true);
		while (providers.hasNext()) {
			ImageReaderSpi provider = providers.next();
			if (provider.getClass().getName().equals(spiClass)) {
				return provider;
			}
		}
		throw new IllegalStateException(spiClass + " is not on the class path");
	}

	// Gradients, soft shapes and sensor-like noise, so that the JPEG is about as large as a camera's.
	private static byte[] photographicJpeg() throws IOException {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(12);
		int[] row = new int[WIDTH];
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				double wave = Math.sin(x / 97.0) * Math.cos(y / 131.0) + Math.sin((x + y) / 23.0) * 0.3;
				int red = channel(255.0 * x / WIDTH + 40 * wave, random);
				int green = channel(255.0 * y / HEIGHT - 30 * wave, random);
				int blue = channel(128 + 90 * Math.sin((x * x + y * y) / 500_000.0), random);
				row[x] = (red << 16) | (green << 8) | blue;
			}
			image.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.92f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static int channel(double value, Random random) {
		return (int) Math.max(0, Math.min(255, value + random.nextGaussian() * 10));
	}

}
