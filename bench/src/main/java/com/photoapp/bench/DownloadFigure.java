package com.photoapp.bench;

import java.util.ArrayList;
import java.util.List;

/** A 10 MB original downloaded through the gateway against the same download straight from storage-service. */
final class DownloadFigure {

	static final String FIGURE = "10 MB original download through the gateway, MB/s";

	private static final int ROUNDS = 5;

	private static final int DOWNLOADS_PER_ROUND = 3;

	private DownloadFigure() {
	}

	static Row measure(Api gateway, Api storage) {
		// 1826 x 1826 random pixels make a PNG of 10.0 MB.
		byte[] png = SampleImages.withPrivateChunk(SampleImages.noisePng(1826, 1826, 10), "download");
		String id = gateway.upload("ten-megabytes.png", "image/png", png);
		String path = "/api/photos/" + id + "/content?variant=original";
		for (int i = 0; i < 2; i++) {
			gateway.download(path);
			storage.download(path);
		}
		List<Double> viaGateway = new ArrayList<>();
		List<Double> direct = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			boolean gatewayFirst = round % 2 == 0;
			double first = megabytesPerSecond(gatewayFirst ? gateway : storage, path);
			double second = megabytesPerSecond(gatewayFirst ? storage : gateway, path);
			viaGateway.add(gatewayFirst ? first : second);
			direct.add(gatewayFirst ? second : first);
		}
		Samples measured = Samples.of(viaGateway);
		Samples reference = Samples.of(direct);
		double ratio = measured.median() / reference.median();
		return new Row(FIGURE, measured.summary("%.0f"),
				reference.summary("%.0f") + " straight from storage-service", SmallRequestFigure.ratio(ratio), "ratio ≥ 0.7",
				Row.verdict(ratio >= 0.7));
	}

	private static double megabytesPerSecond(Api api, String path) {
		long bytes = 0;
		long started = System.nanoTime();
		for (int i = 0; i < DOWNLOADS_PER_ROUND; i++) {
			bytes += api.download(path);
		}
		return bytes / 1e6 / ((System.nanoTime() - started) / 1e9);
	}

}
