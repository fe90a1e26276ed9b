package com.photoapp.storage.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The image formats accepted for upload, recognised by their leading bytes alone. The name and
 * content type a client declares play no part.
 */
public enum ImageType {

	JPEG("image/jpeg", "jpeg", "jpg", (head) -> startsWith(head, 0xFF, 0xD8, 0xFF)),

	PNG("image/png", "png", "png", (head) -> startsWith(head, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')),

	WEBP("image/webp", "webp", "webp", (head) -> startsWith(head, 'R', 'I', 'F', 'F') && fourCc(head, 8, "WEBP")),

	GIF("image/gif", "gif", "gif",
			(head) -> startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')),

	// BigTIFF (magic 43) is left out: the JDK's reader does not read it.
	TIFF("image/tiff", "tiff", "tiff",
			(head) -> startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)),

	BMP("image/bmp", "bmp", "bmp", ImageType::isBmp),

	/** HEIF with HEVC-coded images, as iPhones write them; kept as an original only. */
	HEIC("image/heic", null, "heic", (head) -> heifFamily(head) == HeifFamily.HEIC),

	/** HEIF with AV1-coded images; kept as an original only. */
	AVIF("image/avif", null, "avif", (head) -> heifFamily(head) == HeifFamily.AVIF);

	/** How many leading bytes {@link #detect(byte[])} needs at most. */
	static final int SIGNATURE_LENGTH = 64;

	// Sizes of the BMP info headers the JDK's reader knows: OS/2 1.x, Windows 3 (and its two
	// extensions with bit masks), Windows 4 and Windows 5.
	private static final Set<Long> BMP_INFO_HEADER_SIZES = Set.of(12L, 40L, 52L, 56L, 108L, 124L);

	private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis");

	private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

	// Brands that say only "some HEIF image"; the codec brand must then be among the compatible ones.
	private static final Set<String> GENERIC_HEIF_BRANDS = Set.of("mif1", "msf1", "miaf");

	private final String contentType;

	private final @Nullable String formatName;

	private final String extension;

	private final Predicate<byte[]> signature;

	ImageType(String contentType, @Nullable String formatName, String extension, Predicate<byte[]> signature) {
		this.contentType = contentType;
		this.formatName = formatName;
		this.extension = extension;
		this.signature = signature;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The ImageIO format name, so decoding uses the reader of the detected type only. */
	@Nullable String formatName() {
		return this.formatName;
	}

	/** Whether this service can decode the format, and so make derivatives of it. */
	boolean decodable() {
		return this.formatName != null;
	}

	public String extension() {
		return this.extension;
	}

	static Optional<ImageType> detect(byte[] head) {
		return Arrays.stream(values()).filter((type) -> type.signature.test(head)).findFirst();
	}

	private static boolean startsWith(byte[] head, int... signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean fourCc(byte[] head, int offset, String expected) {
		return head.length >= offset + 4 && fourCc(head, offset).equals(expected);
	}

	private static String fourCc(byte[] head, int offset) {
		return new String(head, offset, 4, StandardCharsets.ISO_8859_1);
	}

	private static boolean isBmp(byte[] head) {
		return startsWith(head, 'B', 'M') && head.length >= 18 && BMP_INFO_HEADER_SIZES.contains(u32le(head, 14));
	}

	private static long u32le(byte[] bytes, int offset) {
		return (bytes[offset] & 0xFFL) | (bytes[offset + 1] & 0xFFL) << 8 | (bytes[offset + 2] & 0xFFL) << 16
				| (bytes[offset + 3] & 0xFFL) << 24;
	}

	private static long u32be(byte[] bytes, int offset) {
		return (bytes[offset] & 0xFFL) << 24 | (bytes[offset + 1] & 0xFFL) << 16 | (bytes[offset + 2] & 0xFFL) << 8
				| (bytes[offset + 3] & 0xFFL);
	}

	// ISO/IEC 14496-12: a file starts with an 'ftyp' box naming a major brand and compatible brands.
	private static @Nullable HeifFamily heifFamily(byte[] head) {
		if (!fourCc(head, 4, "ftyp")) {
			return null;
		}
		long boxSize = u32be(head, 0);
		if (boxSize < 16 || boxSize % 4 != 0) {
			return null;
		}
		int end = (int) Math.min(boxSize, head.length);
		String major = fourCc(head, 8);
		Set<String> compatible = new HashSet<>();
		for (int offset = 16; offset + 4 <= end; offset += 4) {
			compatible.add(fourCc(head, offset));
		}
		boolean generic = GENERIC_HEIF_BRANDS.contains(major);
		if (AVIF_BRANDS.contains(major) || (generic && containsAny(compatible, AVIF_BRANDS))) {
			return HeifFamily.AVIF;
		}
		if (HEIC_BRANDS.contains(major) || (generic && containsAny(compatible, HEIC_BRANDS))) {
			return HeifFamily.HEIC;
		}
		return null;
	}

	private static boolean containsAny(Set<String> brands, Set<String> wanted) {
		return brands.stream().anyMatch(wanted::contains);
	}

	private enum HeifFamily {

		HEIC, AVIF

	}

}
