package com.photoapp.storage.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) the bytes read through it, so an original is measured while it
 * streams to storage instead of in a second pass.
 */
public class MeasuringInputStream extends FilterInputStream {

	private final MessageDigest digest;

	private long count;

	private String sha256;

	public MeasuringInputStream(InputStream in) {
		super(in);
		this.digest = sha256();
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b != -1) {
			this.digest.update((byte) b);
			this.count++;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			this.digest.update(buffer, offset, read);
			this.count += read;
		}
		return read;
	}

	// Skipped bytes would be missing from the hash, so they are read instead.
	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[Math.clamp(n, 0, 8192)];
		long skipped = 0;
		int read = 0;
		while (skipped < n && read != -1) {
			read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			skipped += Math.max(read, 0);
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	public long count() {
		return this.count;
	}

	/**
	 * The hash of everything read. Reading more after asking changes nothing: the digest is final.
	 * @return the SHA-256, lower-case hex
	 */
	public String sha256Hex() {
		if (this.sha256 == null) {
			this.sha256 = HexFormat.of().formatHex(this.digest.digest());
		}
		return this.sha256;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform provides SHA-256", ex);
		}
	}

}
