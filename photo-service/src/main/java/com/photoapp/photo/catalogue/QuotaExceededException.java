package com.photoapp.photo.catalogue;

/** A registration that would take the owner's originals past the quota. */
public class QuotaExceededException extends RuntimeException {

	private final long usedBytes;

	private final long quotaBytes;

	QuotaExceededException(long usedBytes, long quotaBytes) {
		super("Quota of " + quotaBytes + " bytes exceeded");
		this.usedBytes = usedBytes;
		this.quotaBytes = quotaBytes;
	}

	public long getUsedBytes() {
		return this.usedBytes;
	}

	public long getQuotaBytes() {
		return this.quotaBytes;
	}

}
