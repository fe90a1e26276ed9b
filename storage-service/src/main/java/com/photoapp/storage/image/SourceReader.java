package com.photoapp.storage.image;

import java.io.IOException;
import java.io.InputStream;

import com.drew.lang.BufferBoundsException;
import com.drew.lang.RandomAccessReader;

import org.springframework.core.io.InputStreamSource;

/**
 * Random access for metadata-extractor over content that can only be streamed, keeping one small
 * window in memory. TIFF metadata may sit anywhere in a file; buffering up to it, as the library's
 * stream reader does, would hold up to the whole upload in the heap.
 */
final class SourceReader extends RandomAccessReader {

	private static final int WINDOW_LENGTH = 64 * 1024;

	// Values larger than this are not metadata this service reads; refusing them bounds allocation.
	private static final int MAX_READ_LENGTH = 1024 * 1024;

	// Each window move reopens the content; a file whose tags point all over would otherwise cost a
	// full read per tag.
	private static final int MAX_WINDOW_MOVES = 256;

	private final InputStreamSource content;

	private final long length;

	private byte[] window = new byte[0];

	private long windowStart;

	private int windowMoves;

	SourceReader(InputStreamSource content, long length) {
		this.content = content;
		this.length = length;
	}

	@Override
	public int toUnshiftedOffset(int localOffset) {
		return localOffset;
	}

	@Override
	public long getLength() {
		return this.length;
	}

	@Override
	public byte getByte(int index) throws IOException {
		validateIndex(index, 1);
		moveWindowTo(index, 1);
		return this.window[(int) (index - this.windowStart)];
	}

	@Override
	public byte[] getBytes(int index, int count) throws IOException {
		validateIndex(index, count);
		if (count > MAX_READ_LENGTH) {
			throw new IOException("Metadata value too large to read");
		}
		if (count > WINDOW_LENGTH) {
			return read(index, count);
		}
		moveWindowTo(index, count);
		byte[] bytes = new byte[count];
		System.arraycopy(this.window, (int) (index - this.windowStart), bytes, 0, count);
		return bytes;
	}

	@Override
	protected void validateIndex(int index, int count) throws IOException {
		if (!isValidIndex(index, count)) {
			throw new BufferBoundsException(index, count, this.length);
		}
	}

	@Override
	protected boolean isValidIndex(int index, int count) {
		return index >= 0 && count >= 0 && (long) index + count <= this.length;
	}

	private void moveWindowTo(int index, int count) throws IOException {
		if (index >= this.windowStart && index + count <= this.windowStart + this.window.length) {
			return;
		}
		this.window = read(index, (int) Math.min(WINDOW_LENGTH, this.length - index));
		this.windowStart = index;
	}

	private byte[] read(long index, int count) throws IOException {
		if (++this.windowMoves > MAX_WINDOW_MOVES) {
			throw new IOException("Metadata scattered too widely");
		}
		try (InputStream input = this.content.getInputStream()) {
			input.skipNBytes(index);
			return input.readNBytes(count);
		}
	}

}
