package com.photoapp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** 12-megapixel JPEGs imported through the gateway by four clients at once: photos per second, absolute. */
final class ImportFigure {

	static final String FIGURE = "Import of 12 MP JPEGs (4.3 MB) through the gateway, 4 clients, photos/s";

	private static final int CLIENTS = 4;

	private static final int ROUNDS = 3;

	private static final int PHOTOS_PER_ROUND = 16;

	private ImportFigure() {
	}

	static Row measure(Api gateway) {
		byte[] jpeg = SampleImages.photographicJpeg(4000, 3000, 5);
		AtomicInteger counter = new AtomicInteger();
		List<Double> rates = new ArrayList<>();
		try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
			importAll(clients, gateway, jpeg, counter, CLIENTS);
			for (int round = 0; round < ROUNDS; round++) {
				long started = System.nanoTime();
				importAll(clients, gateway, jpeg, counter, PHOTOS_PER_ROUND);
				rates.add(PHOTOS_PER_ROUND / ((System.nanoTime() - started) / 1e9));
			}
		}
		Samples measured = Samples.of(rates);
		return new Row(FIGURE, measured.summary("%.1f"), "-", "-", "≥ 5/s", Row.verdict(measured.median() >= 5));
	}

	private static void importAll(ExecutorService clients, Api gateway, byte[] jpeg, AtomicInteger counter, int count) {
		List<Future<String>> uploads = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			uploads.add(clients.submit(() -> {
				String label = "import-" + counter.incrementAndGet();
				return gateway.upload(label + ".jpg", "image/jpeg", SampleImages.withComment(jpeg, label));
			}));
		}
		for (Future<String> upload : uploads) {
			try {
				upload.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException("An import failed", ex);
			}
		}
	}

}
