package com.photoapp.storage.upload;

import com.photoapp.storage.image.ImageType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FileNames}.
 */
class FileNamesTests {

	@Test
	void keepsOrdinaryName() {
		assertThat(FileNames.sanitise("Beach day 2024.jpg", ImageType.JPEG)).isEqualTo("Beach day 2024.jpg");
	}

	@Test
	void stripsUnixDirectories() {
		assertThat(FileNames.sanitise("../../etc/passwd.png", ImageType.PNG)).isEqualTo("passwd.png");
	}

	@Test
	void stripsWindowsDirectories() {
		assertThat(FileNames.sanitise("C:\\Users\\me\\Pictures\\cat.jpg", ImageType.JPEG)).isEqualTo("cat.jpg");
	}

	@Test
	void removesControlCharacters() {
		assertThat(FileNames.sanitise("a\r\nb\u0000c\u007f.jpg", ImageType.JPEG)).isEqualTo("abc.jpg");
	}

	@Test
	void removesBidirectionalOverrides() {
		assertThat(FileNames.sanitise("photo\u202Egpj.exe", ImageType.JPEG)).isEqualTo("photogpj.exe");
	}

	@Test
	void trimsWhitespace() {
		assertThat(FileNames.sanitise("  sunset.png \t", ImageType.PNG)).isEqualTo("sunset.png");
	}

	@Test
	void keepsNonAsciiLetters() {
		assertThat(FileNames.sanitise("Zürich 東京 📷.jpg", ImageType.JPEG)).isEqualTo("Zürich 東京 📷.jpg");
	}

	@Test
	void capsLengthAt255() {
		assertThat(FileNames.sanitise("x".repeat(300) + ".jpg", ImageType.JPEG)).hasSize(255);
	}

	@Test
	void neverSplitsSurrogatePairWhenCapping() {
		String name = FileNames.sanitise("x".repeat(254) + "📷📷", ImageType.JPEG);

		assertThat(name).isEqualTo("x".repeat(254));
	}

	@Test
	void defaultsByTypeWhenMissing() {
		assertThat(FileNames.sanitise(null, ImageType.PNG)).isEqualTo("photo.png");
	}

	@Test
	void defaultsByTypeWhenNothingIsLeft() {
		assertThat(FileNames.sanitise("dir/ \u0007 ", ImageType.JPEG)).isEqualTo("photo.jpg");
	}

	@Test
	void defaultsWhenOnlyDotsAreLeft() {
		assertThat(FileNames.sanitise("..", ImageType.JPEG)).isEqualTo("photo.jpg");
	}

	@Test
	void removesLineAndParagraphSeparatorsAndLoneSurrogates() {
		assertThat(FileNames.sanitise("a\u2028b\u2029c\uD800.jpg", ImageType.JPEG)).isEqualTo("abc.jpg");
	}

	@Test
	void composesDecomposedLetters() {
		assertThat(FileNames.sanitise("Cafe\u0301.jpg", ImageType.JPEG)).isEqualTo("Caf\u00e9.jpg");
	}

	@Test
	void fallsBackToAPlainNameBeforeTheTypeIsKnown() {
		assertThat(FileNames.sanitise("../..")).isEqualTo("photo");
		assertThat(FileNames.sanitise("scan.tif")).isEqualTo("scan.tif");
	}

}
