package com.photoapp.storage.catalogue;

/**
 * A file that would take its owner over their storage quota.
 */
public class QuotaExceededException extends RuntimeException {

	private final long usedBytes;

	private final long quotaBytes;

	QuotaExceededException(long usedBytes, long quotaBytes) {
		super("Storage quota exceeded");
		this.usedBytes = usedBytes;
		this.quotaBytes = quotaBytes;
	}

	public long usedBytes() {
		return this.usedBytes;
	}

	public long quotaBytes() {
		return this.quotaBytes;
	}

}
