package com.photoapp.storage.resumable;

import org.springframework.http.HttpStatus;

/**
 * A resumable upload request the service refuses, with the status and problem type it answers.
 */
public class ResumableUploadException extends RuntimeException {

	private final Kind kind;

	ResumableUploadException(Kind kind) {
		super(kind.detail());
		this.kind = kind;
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * Each refusal, with its answer.
	 */
	public enum Kind {

		/** No such session for this owner, or it was removed. */
		NOT_FOUND(HttpStatus.NOT_FOUND, "upload-not-found", "There is no such upload."),

		/** The session went too long without progress. */
		EXPIRED(HttpStatus.GONE, "upload-expired", "The upload expired; start it again."),

		/** The declared file is larger than a session may hold. */
		FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The file is larger than allowed."),

		/** The chunk size asked for is outside the allowed range. */
		INVALID_CHUNK_SIZE(HttpStatus.BAD_REQUEST, "invalid-chunk-size", "The chunk size is outside the allowed range."),

		/** The file would be cut into more chunks than allowed. */
		TOO_MANY_CHUNKS(HttpStatus.BAD_REQUEST, "too-many-chunks", "The file needs more chunks than allowed; use larger chunks."),

		/** The owner has as many unfinished uploads as allowed. */
		TOO_MANY_SESSIONS(HttpStatus.TOO_MANY_REQUESTS, "too-many-uploads",
				"Too many unfinished uploads; complete or cancel one first."),

		/** The chunk number is not part of the file. */
		CHUNK_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "chunk-out-of-range", "There is no chunk with that number."),

		/** The chunk has not the length its position requires. */
		CHUNK_SIZE_MISMATCH(HttpStatus.BAD_REQUEST, "chunk-size-mismatch",
				"The chunk does not have the length its position requires."),

		/** The chunk came without a Content-Length. */
		LENGTH_REQUIRED(HttpStatus.LENGTH_REQUIRED, "length-required", "A chunk needs a Content-Length."),

		/** Another request is completing or cancelling the upload right now. */
		COMPLETING(HttpStatus.CONFLICT, "upload-completing", "The upload is being completed."),

		/** The bytes received do not hash to what was declared; nothing was kept. */
		CHECKSUM_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "checksum-mismatch",
				"The file does not match its declared size and SHA-256; nothing was kept.");

		private final HttpStatus status;

		private final String type;

		private final String detail;

		Kind(HttpStatus status, String type, String detail) {
			this.status = status;
			this.type = type;
			this.detail = detail;
		}

		public HttpStatus status() {
			return this.status;
		}

		/** The last segment of the problem type. */
		public String type() {
			return this.type;
		}

		public String detail() {
			return this.detail;
		}

	}

}
