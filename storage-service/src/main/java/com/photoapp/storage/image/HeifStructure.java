package com.photoapp.storage.image;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

import static com.photoapp.storage.image.Rejections.corrupt;

/**
 * Walks the boxes of a HEIF file (HEIC, AVIF; ISO/IEC 23008-12 on the ISO base media file format)
 * far enough to learn the primary image's size from its {@code ispe} property, how its {@code irot}
 * property turns it, and where its EXIF item lies. No pixel is decoded: the service has no decoder
 * for HEVC or AV1, so the size is checked only to refuse files that would overwhelm the devices that
 * do decode them.
 */
final class HeifStructure {

	// The meta box holds item and property descriptions only, a few kilobytes even for a tiled image.
	private static final int MAX_META_LENGTH = 1024 * 1024;

	private static final int MAX_TOP_LEVEL_BOXES = 10_000;

	private static final int MAX_EXIF_LENGTH = 256 * 1024;

	private HeifStructure() {
	}

	static Result read(ByteInput input, PixelLimit limit) throws IOException {
		Meta meta = null;
		for (int count = 0; !input.atEnd(); count++) {
			if (count == MAX_TOP_LEVEL_BOXES) {
				throw corrupt();
			}
			long size = input.u32be();
			String type = fourCc(input.bytes(4));
			if ((count == 0) != type.equals("ftyp")) {
				throw corrupt();
			}
			long headerLength = 8;
			if (size == 1) {
				size = (input.u32be() << 32) | input.u32be();
				headerLength = 16;
			}
			else if (size == 0) {
				// The last box may run to the end of the file.
				size = Long.MAX_VALUE;
			}
			if (size < headerLength) {
				throw corrupt();
			}
			if (type.equals("meta")) {
				if (meta != null || size - headerLength > MAX_META_LENGTH) {
					throw corrupt();
				}
				meta = parseMeta(ByteBuffer.wrap(input.bytes((int) (size - headerLength))));
			}
			else if (size == Long.MAX_VALUE) {
				input.skipAtMost(size, null);
			}
			else {
				input.skip(size - headerLength);
			}
		}
		if (meta == null) {
			throw corrupt();
		}
		return meta.result(limit);
	}

	private static Meta parseMeta(ByteBuffer body) {
		try {
			Meta meta = new Meta();
			body.getInt();
			forEachBox(body, (type, box) -> {
				switch (type) {
					case "pitm" -> meta.primaryItem = (version(box) == 0) ? u16(box) : u32(box);
					case "iprp" -> forEachBox(box, meta::readItemProperties);
					case "iinf" -> meta.readItemInfos(box);
					case "iloc" -> meta.locations = box;
					default -> {
					}
				}
			});
			return meta;
		}
		catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException ex) {
			throw new ImageRejectedException(ImageRejectedException.Reason.CORRUPT_IMAGE, ex);
		}
	}

	// Each box's body is handed over as a buffer of its own, so no box can read past its parent.
	private static void forEachBox(ByteBuffer parent, BiConsumer<String, ByteBuffer> action) {
		while (parent.hasRemaining()) {
			long size = u32(parent);
			String type = fourCc(parent);
			int headerLength = 8;
			if (size == 1) {
				size = parent.getLong();
				headerLength = 16;
			}
			else if (size == 0) {
				size = headerLength + parent.remaining();
			}
			if (size < headerLength || size - headerLength > parent.remaining()) {
				throw corrupt();
			}
			int length = (int) (size - headerLength);
			ByteBuffer body = parent.slice(parent.position(), length);
			parent.position(parent.position() + length);
			action.accept(type, body);
		}
	}

	private static int version(ByteBuffer fullBox) {
		return fullBox.getInt() >>> 24;
	}

	private static void skip(ByteBuffer buffer, int length) {
		buffer.position(buffer.position() + length);
	}

	private static int u8(ByteBuffer buffer) {
		return buffer.get() & 0xFF;
	}

	private static long u16(ByteBuffer buffer) {
		return buffer.getShort() & 0xFFFFL;
	}

	private static long u32(ByteBuffer buffer) {
		return buffer.getInt() & 0xFFFFFFFFL;
	}

	private static long sized(ByteBuffer buffer, int size) {
		return switch (size) {
			case 0 -> 0;
			case 4 -> u32(buffer);
			case 8 -> buffer.getLong();
			default -> throw corrupt();
		};
	}

	private static String fourCc(ByteBuffer buffer) {
		byte[] bytes = new byte[4];
		buffer.get(bytes);
		return fourCc(bytes);
	}

	private static String fourCc(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	/**
	 * What the walk found.
	 *
	 * @param dimensions the primary image's size as displayed, after its {@code irot} turn
	 * @param exifOffset where the EXIF item starts in the file, or -1 if there is none
	 * @param exifLength the EXIF item's length
	 */
	record Result(Dimensions dimensions, long exifOffset, int exifLength) {

		boolean hasExif() {
			return this.exifOffset >= 0;
		}

	}

	private static final class Meta {

		private long primaryItem = -1;

		private final List<Property> properties = new ArrayList<>();

		private @Nullable ByteBuffer associations;

		private long exifItem = -1;

		private @Nullable ByteBuffer locations;

		void readItemProperties(String type, ByteBuffer box) {
			if (type.equals("ipco")) {
				forEachBox(box, (propertyType, property) -> this.properties.add(new Property(propertyType, property)));
			}
			else if (type.equals("ipma") && this.associations == null) {
				this.associations = box;
			}
		}

		void readItemInfos(ByteBuffer box) {
			// The entry count is implied by the boxes that follow.
			skip(box, (version(box) == 0) ? 2 : 4);
			forEachBox(box, (type, entry) -> {
				int version = version(entry);
				if (type.equals("infe") && version >= 2) {
					long item = (version == 2) ? u16(entry) : u32(entry);
					u16(entry);
					if (fourCc(entry).equals("Exif") && this.exifItem < 0) {
						this.exifItem = item;
					}
				}
			});
		}

		Result result(PixelLimit limit) {
			try {
				List<Property> primary = primaryProperties();
				Property size = primary.stream().filter((property) -> property.type().equals("ispe")).findFirst()
					.orElseThrow(Rejections::corrupt);
				size.body().getInt();
				long width = u32(size.body());
				long height = u32(size.body());
				boolean quarterTurn = primary.stream()
					.filter((property) -> property.type().equals("irot"))
					.anyMatch((property) -> (property.body().get(0) & 1) == 1);
				Dimensions dimensions = quarterTurn ? limit.check(height, width) : limit.check(width, height);
				return exifLocation(dimensions);
			}
			catch (BufferUnderflowException | IndexOutOfBoundsException ex) {
				throw new ImageRejectedException(ImageRejectedException.Reason.CORRUPT_IMAGE, ex);
			}
		}

		// ISO/IEC 23008-12 9.3.3: each association names a 1-based index into ipco; 0 means none.
		private List<Property> primaryProperties() {
			if (this.primaryItem < 0 || this.associations == null) {
				throw corrupt();
			}
			ByteBuffer box = this.associations;
			int versionAndFlags = box.getInt();
			boolean wideItemIds = (versionAndFlags >>> 24) >= 1;
			boolean wideIndexes = (versionAndFlags & 1) != 0;
			long entries = u32(box);
			List<Property> found = new ArrayList<>();
			for (long entry = 0; entry < entries; entry++) {
				long item = wideItemIds ? u32(box) : u16(box);
				int count = u8(box);
				for (int i = 0; i < count; i++) {
					int index = wideIndexes ? (int) (u16(box) & 0x7FFF) : (u8(box) & 0x7F);
					if (item == this.primaryItem && index > 0 && index <= this.properties.size()) {
						found.add(this.properties.get(index - 1));
					}
				}
			}
			return found;
		}

		// ISO/IEC 14496-12 8.11.3. Only an EXIF item stored as one extent at a file offset is read.
		private Result exifLocation(Dimensions dimensions) {
			Result none = new Result(dimensions, -1, 0);
			if (this.exifItem < 0 || this.locations == null) {
				return none;
			}
			ByteBuffer box = this.locations;
			int version = version(box);
			int sizes = u8(box);
			int moreSizes = u8(box);
			int offsetSize = sizes >>> 4;
			int lengthSize = sizes & 0x0F;
			int baseOffsetSize = moreSizes >>> 4;
			int indexSize = (version == 1 || version == 2) ? moreSizes & 0x0F : 0;
			long items = (version < 2) ? u16(box) : u32(box);
			for (long i = 0; i < items; i++) {
				long item = (version < 2) ? u16(box) : u32(box);
				int constructionMethod = (version == 1 || version == 2) ? (int) (u16(box) & 0x0F) : 0;
				u16(box);
				long baseOffset = sized(box, baseOffsetSize);
				long extents = u16(box);
				int extentLength = indexSize + offsetSize + lengthSize;
				// Fields of size zero take no bytes, so the count alone would not bound the loop.
				if ((extentLength == 0) ? extents > 1 : extents * extentLength > box.remaining()) {
					throw corrupt();
				}
				long offset = -1;
				long length = -1;
				for (long extent = 0; extent < extents; extent++) {
					sized(box, indexSize);
					offset = baseOffset + sized(box, offsetSize);
					length = sized(box, lengthSize);
				}
				if (item == this.exifItem) {
					boolean readable = constructionMethod == 0 && extents == 1 && offset >= 0 && length > 4
							&& length <= MAX_EXIF_LENGTH;
					return readable ? new Result(dimensions, offset, (int) length) : none;
				}
			}
			return none;
		}

	}

	private record Property(String type, ByteBuffer body) {
	}

}
