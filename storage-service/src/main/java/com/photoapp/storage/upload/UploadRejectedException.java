package com.photoapp.storage.upload;

/**
 * An upload the service refuses because of what the client sent.
 */
public class UploadRejectedException extends RuntimeException {

	private final Reason reason;

	UploadRejectedException(Reason reason) {
		this(reason, null);
	}

	UploadRejectedException(Reason reason, Throwable cause) {
		super("Upload rejected: " + reason, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why an upload was refused.
	 */
	public enum Reason {

		/** The file has no bytes. */
		EMPTY_FILE,

		/** The file is larger than the one-shot limit. */
		TOO_LARGE

	}

}
