package com.photoapp.storage.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MeasuringInputStream}.
 */
class MeasuringInputStreamTests {

	private static final byte[] CONTENT = "hello world".getBytes(StandardCharsets.US_ASCII);

	// printf 'hello world' | sha256sum
	private static final String SHA256 = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";

	@Test
	void countsAndHashesEverythingRead() throws IOException {
		MeasuringInputStream stream = new MeasuringInputStream(new ByteArrayInputStream(CONTENT));

		stream.transferTo(OutputStream.nullOutputStream());

		assertThat(stream.count()).isEqualTo(CONTENT.length);
		assertThat(stream.sha256Hex()).isEqualTo(SHA256);
	}

	@Test
	void hashesSingleByteReads() throws IOException {
		MeasuringInputStream stream = new MeasuringInputStream(new ByteArrayInputStream(CONTENT));

		int read;
		do {
			read = stream.read();
		}
		while (read != -1);

		assertThat(stream.sha256Hex()).isEqualTo(SHA256);
	}

	@Test
	void hashesSkippedBytes() throws IOException {
		MeasuringInputStream stream = new MeasuringInputStream(new ByteArrayInputStream(CONTENT));

		assertThat(stream.skip(6)).isEqualTo(6);
		stream.transferTo(OutputStream.nullOutputStream());

		assertThat(stream.count()).isEqualTo(CONTENT.length);
		assertThat(stream.sha256Hex()).isEqualTo(SHA256);
	}

}
