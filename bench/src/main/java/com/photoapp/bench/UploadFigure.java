package com.photoapp.bench;

import java.util.ArrayList;
import java.util.List;

import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;

/**
 * A 20 MB one-shot upload through the gateway and storage-service into Azurite, against the same
 * bytes put straight into Azurite with the Azure SDK. The service's path also checks the image,
 * reads its EXIF and makes the thumbnail and preview before it answers; that is part of an upload.
 */
final class UploadFigure {

	static final String FIGURE = "20 MB one-shot upload through gateway and storage into Azurite, MB/s";

	private static final int ROUNDS = 5;

	private UploadFigure() {
	}

	static Row measure(Api gateway, String blobConnectionString) {
		// 2582 x 2582 random pixels make a PNG of 20.0 MB, well under the one-shot limit of 50 MB.
		byte[] png = SampleImages.noisePng(2582, 2582, 20);
		BlobContainerClient container = new BlobServiceClientBuilder().connectionString(blobConnectionString)
			.buildClient()
			.getBlobContainerClient("bench-reference");
		container.createIfNotExists();
		upload(gateway, png, "warm-up");
		put(container, png, "warm-up");
		List<Double> viaGateway = new ArrayList<>();
		List<Double> direct = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			direct.add(put(container, png, "round-" + round));
			viaGateway.add(upload(gateway, png, "round-" + round));
		}
		Samples measured = Samples.of(viaGateway);
		Samples reference = Samples.of(direct);
		double ratio = measured.median() / reference.median();
		return new Row(FIGURE, measured.summary("%.1f"), reference.summary("%.1f") + " put with the Azure SDK",
				SmallRequestFigure.ratio(ratio), "ratio ≥ 0.8", Row.verdict(ratio >= 0.8));
	}

	private static double upload(Api gateway, byte[] png, String label) {
		byte[] copy = SampleImages.withPrivateChunk(png, label);
		long started = System.nanoTime();
		gateway.upload(label + ".png", "image/png", copy);
		return copy.length / 1e6 / ((System.nanoTime() - started) / 1e9);
	}

	private static double put(BlobContainerClient container, byte[] png, String label) {
		byte[] copy = SampleImages.withPrivateChunk(png, label);
		long started = System.nanoTime();
		container.getBlobClient(label + ".png").upload(BinaryData.fromBytes(copy), true);
		return copy.length / 1e6 / ((System.nanoTime() - started) / 1e9);
	}

}
