package com.photoapp.storage.image;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * A forward-only reader over a stream with a fixed buffer, for walking file structures without
 * holding more than a few kilobytes. Unlike {@link java.io.BufferedInputStream} it takes no lock
 * per byte, which matters when every byte of a 50 MB scan is looked at.
 */
final class ByteInput {

	private static final int BUFFER_SIZE = 64 * 1024;

	private final InputStream input;

	private final byte[] buffer = new byte[BUFFER_SIZE];

	private int position;

	private int limit;

	private long consumedBeforeBuffer;

	ByteInput(InputStream input) {
		this.input = input;
	}

	/** How many bytes have been consumed so far. */
	long offset() {
		return this.consumedBeforeBuffer + this.position;
	}

	/** The next byte, or -1 at the end of the stream. */
	int read() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position++] & 0xFF;
	}

	/** The byte {@code ahead} places after the next one, without consuming anything; -1 past the end. */
	int peek(int ahead) throws IOException {
		while (this.limit - this.position <= ahead) {
			if (!fillMore()) {
				return -1;
			}
		}
		return this.buffer[this.position + ahead] & 0xFF;
	}

	int u8() throws IOException {
		int value = read();
		if (value < 0) {
			throw new EOFException();
		}
		return value;
	}

	int u16be() throws IOException {
		return (u8() << 8) | u8();
	}

	int u16le() throws IOException {
		return u8() | (u8() << 8);
	}

	int u24le() throws IOException {
		return u8() | (u8() << 8) | (u8() << 16);
	}

	long u32be() throws IOException {
		return ((long) u16be() << 16) | u16be();
	}

	long u32le() throws IOException {
		return u16le() | ((long) u16le() << 16);
	}

	/** Reads exactly {@code length} bytes; callers bound {@code length}. */
	byte[] bytes(int length) throws IOException {
		byte[] bytes = new byte[length];
		int done = 0;
		while (done < length) {
			if (this.position == this.limit && !fill()) {
				throw new EOFException();
			}
			int count = Math.min(length - done, this.limit - this.position);
			System.arraycopy(this.buffer, this.position, bytes, done, count);
			this.position += count;
			done += count;
		}
		return bytes;
	}

	/** Skips exactly {@code length} bytes, failing if the stream ends first. */
	void skip(long length) throws IOException {
		skip(length, null);
	}

	/** Skips exactly {@code length} bytes and adds them to a checksum. */
	void skip(long length, CRC32 crc) throws IOException {
		if (skipAtMost(length, crc) < length) {
			throw new EOFException();
		}
	}

	/** Skips up to {@code length} bytes and says how many there were. */
	long skipAtMost(long length, CRC32 crc) throws IOException {
		long remaining = length;
		while (remaining > 0) {
			if (this.position == this.limit && !fill()) {
				break;
			}
			int count = (int) Math.min(remaining, this.limit - this.position);
			if (crc != null) {
				crc.update(this.buffer, this.position, count);
			}
			this.position += count;
			remaining -= count;
		}
		return length - remaining;
	}

	/**
	 * Consumes bytes up to and including the next {@code 0xFF}.
	 * @return whether one was found before the end of the stream
	 */
	boolean skipPastFF() throws IOException {
		while (true) {
			if (this.position == this.limit && !fill()) {
				return false;
			}
			for (int i = this.position; i < this.limit; i++) {
				if (this.buffer[i] == (byte) 0xFF) {
					this.position = i + 1;
					return true;
				}
			}
			this.position = this.limit;
		}
	}

	/**
	 * Consumes the rest of the stream and checks that it is only padding.
	 * @param allowance how many bytes of padding are tolerated
	 * @return whether the rest was at most {@code allowance} bytes of {@code 0x00} or {@code 0xFF}
	 */
	boolean restIsPadding(int allowance) throws IOException {
		int count = 0;
		for (int value = read(); value >= 0; value = read()) {
			if ((value != 0x00 && value != 0xFF) || ++count > allowance) {
				return false;
			}
		}
		return true;
	}

	boolean atEnd() throws IOException {
		return peek(0) < 0;
	}

	private boolean fill() throws IOException {
		this.consumedBeforeBuffer += this.limit;
		this.position = 0;
		this.limit = 0;
		return fillMore();
	}

	// Keeps unread bytes, moving them to the front so a peek can look past the buffer's end.
	private boolean fillMore() throws IOException {
		if (this.position > 0) {
			int unread = this.limit - this.position;
			System.arraycopy(this.buffer, this.position, this.buffer, 0, unread);
			this.consumedBeforeBuffer += this.position;
			this.position = 0;
			this.limit = unread;
		}
		int count = this.input.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (count <= 0) {
			return false;
		}
		this.limit += count;
		return true;
	}

}
