package com.photoapp.storage.resumable;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads exactly the announced number of bytes and fails if the stream ends before. A chunk whose
 * connection drops must fail its block upload, not hand Azure a short body under a longer
 * {@code Content-Length}, which leaves the upload waiting for bytes that never come.
 */
class ExactLengthInputStream extends FilterInputStream {

	private long remaining;

	ExactLengthInputStream(InputStream in, long length) {
		super(in);
		this.remaining = length;
	}

	@Override
	public int read() throws IOException {
		if (this.remaining == 0) {
			return -1;
		}
		int b = super.read();
		if (b == -1) {
			throw endedEarly();
		}
		this.remaining--;
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (this.remaining == 0) {
			return -1;
		}
		int read = super.read(buffer, offset, (int) Math.min(length, this.remaining));
		if (read == -1) {
			throw endedEarly();
		}
		this.remaining -= read;
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("Skipping is not supported");
	}

	@Override
	public int available() throws IOException {
		return (int) Math.min(super.available(), this.remaining);
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private EOFException endedEarly() {
		return new EOFException("The chunk ended " + this.remaining + " bytes early");
	}

}
