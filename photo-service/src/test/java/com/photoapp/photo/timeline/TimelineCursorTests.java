package com.photoapp.photo.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.photoapp.photo.catalogue.SortKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimelineCursorTests {

	@Test
	void decodesWhatItEncoded() {
		SortKey key = new SortKey(Instant.parse("2026-12-03T17:00:00.123456Z"), UUID.randomUUID());

		assertThat(TimelineCursor.decode(TimelineCursor.encode(key))).isEqualTo(key);
	}

	@Test
	void encodesUrlSafelyWithoutPadding() {
		SortKey key = new SortKey(Instant.parse("2026-01-01T00:00:00Z"), UUID.randomUUID());

		assertThat(TimelineCursor.encode(key)).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void rejectsTextThatIsNotBase64() {
		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> TimelineCursor.decode("not a cursor!"));
	}

	@Test
	void rejectsCursorWithoutSeparator() {
		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> TimelineCursor.decode(base64url("2026-01-01T00:00:00Z")));
	}

	@Test
	void rejectsCursorWithMalformedTimestamp() {
		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> TimelineCursor.decode(base64url("yesterday~" + UUID.randomUUID())));
	}

	@Test
	void rejectsCursorWithMalformedId() {
		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> TimelineCursor.decode(base64url("2026-01-01T00:00:00Z~42")));
	}

	@Test
	void rejectsEmptyCursor() {
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> TimelineCursor.decode(""));
	}

	@Test
	void rejectsOverlongCursor() {
		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> TimelineCursor.decode("A".repeat(201)));
	}

	private static String base64url(String plain) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

}
