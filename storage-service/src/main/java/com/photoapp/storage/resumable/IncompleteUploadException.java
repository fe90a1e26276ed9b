package com.photoapp.storage.resumable;

import java.util.List;

/**
 * Completion was asked for while chunks are still missing.
 */
public class IncompleteUploadException extends RuntimeException {

	private final List<Integer> missing;

	IncompleteUploadException(List<Integer> missing) {
		super("Chunks are missing");
		this.missing = List.copyOf(missing);
	}

	/**
	 * The first missing chunk numbers, at most a hundred.
	 * @return the missing chunks
	 */
	public List<Integer> missing() {
		return this.missing;
	}

}
