package com.photoapp.storage.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The name a download is saved under: the uploaded name, with the extension of the type the bytes
 * really have. A photo uploaded as {@code page.html} is saved as {@code page.html.png}, so no
 * operating system opens it as something else.
 */
final class DownloadNames {

	private static final Map<String, List<String>> EXTENSIONS = Map.of("image/jpeg", List.of("jpg", "jpeg"),
			"image/png", List.of("png"), "image/webp", List.of("webp"), "image/gif", List.of("gif"), "image/tiff",
			List.of("tif", "tiff"), "image/bmp", List.of("bmp"), "image/heic", List.of("heic", "heif"),
			"image/avif", List.of("avif"));

	private DownloadNames() {
	}

	static String of(@Nullable String fileName, @Nullable String contentType) {
		String name = (fileName != null && !fileName.isBlank()) ? fileName : "photo";
		List<String> extensions = (contentType != null) ? EXTENSIONS.get(contentType) : null;
		if (extensions == null || extensions.contains(extensionOf(name))) {
			return name;
		}
		return name + "." + extensions.getFirst();
	}

	private static String extensionOf(String name) {
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

}
