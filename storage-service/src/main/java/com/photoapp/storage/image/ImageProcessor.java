package com.photoapp.storage.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.photoapp.storage.StorageProperties;
import com.photoapp.storage.image.ImageRejectedException.Reason;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Decides whether bytes are an accepted image and makes everything the upload stores besides the
 * original. Each step reads the content afresh, so nothing but the decoded rendition and the
 * derivatives is held in memory.
 */
@Component
public class ImageProcessor {

	private final ImageInspector inspector;

	private final Thumbnailer thumbnailer;

	private final Thumbnailer previewer;

	private final Timer derivativeTime;

	ImageProcessor(StorageProperties properties) {
		this(properties, new SimpleMeterRegistry());
	}

	@Autowired
	ImageProcessor(StorageProperties properties, MeterRegistry registry) {
		// ImageIO registers plug-ins from the class loader of the thread that first uses it, which in an
		// executable jar may not see the TwelveMonkeys readers; startup runs with the application's.
		ImageIO.scanForPlugins();
		this.inspector = new ImageInspector(properties.maxPixels());
		this.thumbnailer = new Thumbnailer(properties.thumbnailLongSide());
		this.previewer = new Thumbnailer(properties.previewLongSide());
		this.derivativeTime = Timer.builder("photoapp.derivatives.duration")
			.description("Time to decode an accepted image and render its thumbnail and preview")
			.register(registry);
	}

	/**
	 * Checks and processes an image.
	 * @param content the bytes, readable more than once
	 * @return the accepted image
	 * @throws ImageRejectedException if the bytes are not an accepted image
	 */
	public ProcessedImage process(InputStreamSource content) {
		ImageType type = detect(content);
		Inspection inspection = this.inspector.inspect(content, type);
		ExifMetadata exif = readExif(content, type, inspection);
		// A HEIF container turns its images itself; its EXIF orientation only repeats that.
		Orientation orientation = inspection.displayed() ? Orientation.NORMAL : exif.orientation();
		Dimensions stored = inspection.dimensions();
		Dimensions displayed = orientation.displayed(stored);
		if (!type.decodable()) {
			return new ProcessedImage(type, displayed, exif.metadata(), null, null);
		}
		Timer.Sample sample = Timer.start();
		// The preview's subsampling is the finer one, so one decode serves both renditions.
		BufferedImage decoded = decode(content, type, this.previewer.subsampling(stored));
		Derivative preview = this.previewer.render(decoded, stored, orientation);
		Derivative thumbnail = this.thumbnailer.render(decoded, stored, orientation);
		sample.stop(this.derivativeTime);
		return new ProcessedImage(type, displayed, exif.metadata(), thumbnail, preview);
	}

	private static ImageType detect(InputStreamSource content) {
		try (InputStream input = content.getInputStream()) {
			byte[] head = input.readNBytes(ImageType.SIGNATURE_LENGTH);
			return ImageType.detect(head).orElseThrow(() -> new ImageRejectedException(Reason.UNSUPPORTED_TYPE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ExifMetadata readExif(InputStreamSource content, ImageType type, Inspection inspection) {
		if (type == ImageType.TIFF) {
			return ExifMetadata.read(new SourceReader(content, inspection.length()));
		}
		return ExifMetadata.read(inspection.exif());
	}

	private static BufferedImage decode(InputStreamSource content, ImageType type, int subsampling) {
		try (InputStream input = content.getInputStream()) {
			return ImageDecoder.decode(input, type, subsampling);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
