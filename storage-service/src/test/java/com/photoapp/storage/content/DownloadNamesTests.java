package com.photoapp.storage.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DownloadNames}.
 */
class DownloadNamesTests {

	@Test
	void keepsANameWhoseExtensionMatchesTheType() {
		assertThat(DownloadNames.of("Beach.JPG", "image/jpeg")).isEqualTo("Beach.JPG");
		assertThat(DownloadNames.of("scan.tif", "image/tiff")).isEqualTo("scan.tif");
	}

	@Test
	void appendsTheRealExtensionToAMisleadingName() {
		assertThat(DownloadNames.of("page.html", "image/png")).isEqualTo("page.html.png");
		assertThat(DownloadNames.of("photo.jpg", "image/webp")).isEqualTo("photo.jpg.webp");
	}

	@Test
	void appendsTheExtensionToANameWithout() {
		assertThat(DownloadNames.of("holiday", "image/gif")).isEqualTo("holiday.gif");
	}

	@Test
	void namesAPhotoWithoutAStoredName() {
		assertThat(DownloadNames.of(null, "image/jpeg")).isEqualTo("photo.jpg");
		assertThat(DownloadNames.of(" ", "image/png")).isEqualTo("photo.png");
	}

}
