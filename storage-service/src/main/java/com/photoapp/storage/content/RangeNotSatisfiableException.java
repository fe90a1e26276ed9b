package com.photoapp.storage.content;

/**
 * A byte range that starts beyond the end of the content.
 */
public class RangeNotSatisfiableException extends RuntimeException {

	private final long length;

	RangeNotSatisfiableException(long length) {
		super("Range not satisfiable");
		this.length = length;
	}

	/**
	 * The length of the whole content, for the {@code Content-Range} of the answer.
	 * @return the length in bytes
	 */
	public long length() {
		return this.length;
	}

}
