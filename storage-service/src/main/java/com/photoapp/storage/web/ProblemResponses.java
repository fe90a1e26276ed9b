package com.photoapp.storage.web;

import java.net.URI;
import java.util.Map;

import com.photoapp.storage.catalogue.CatalogueUnavailableException;
import com.photoapp.storage.catalogue.QuotaExceededException;
import com.photoapp.storage.catalogue.RegistrationRejectedException;
import com.photoapp.storage.content.PhotoNotFoundException;
import com.photoapp.storage.content.RangeNotSatisfiableException;
import com.photoapp.storage.image.ImageRejectedException;
import com.photoapp.storage.resumable.IncompleteUploadException;
import com.photoapp.storage.resumable.ResumableUploadException;
import com.photoapp.storage.upload.UploadRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every failure into an RFC 9457 problem detail with a stable type. Server-side failures
 * never carry an exception message to the client.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemResponses.class);

	private static final String TYPE_PREFIX = "https://photoapp.dev/problems/";

	private static final Map<Integer, String> FRAMEWORK_KINDS = Map.of(404, "not-found", 405, "method-not-allowed",
			406, "not-acceptable", 413, "payload-too-large", 415, "unsupported-media-type");

	@ExceptionHandler
	ProblemDetail uploadRejected(UploadRejectedException ex) {
		logger.debug("Upload rejected: {}", ex.reason());
		return switch (ex.reason()) {
			case EMPTY_FILE -> problem(HttpStatus.BAD_REQUEST, "empty-file", "The file is empty.");
			case TOO_LARGE -> payloadTooLarge();
		};
	}

	@ExceptionHandler
	ProblemDetail imageRejected(ImageRejectedException ex) {
		logger.debug("Image rejected: {}", ex.reason());
		return switch (ex.reason()) {
			case UNSUPPORTED_TYPE -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"Only JPEG, PNG, WebP, GIF, TIFF, BMP, HEIC and AVIF images are accepted.");
			case TOO_MANY_PIXELS ->
				problem(HttpStatus.UNPROCESSABLE_CONTENT, "image-too-large", "The image has too many pixels.");
			case CORRUPT_IMAGE ->
				problem(HttpStatus.UNPROCESSABLE_CONTENT, "corrupt-image", "The image cannot be decoded.");
		};
	}

	@ExceptionHandler
	ProblemDetail resumableUploadRefused(ResumableUploadException ex) {
		logger.debug("Resumable upload request refused: {}", ex.kind());
		return problem(ex.kind().status(), ex.kind().type(), ex.kind().detail());
	}

	@ExceptionHandler
	ProblemDetail uploadIncomplete(IncompleteUploadException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "upload-incomplete",
				"Chunks are missing; send them before completing.");
		problem.setProperty("missingChunks", ex.missing());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail quotaExceeded(QuotaExceededException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "quota-exceeded",
				"Your storage is full: the file does not fit in your quota.");
		problem.setProperty("usedBytes", ex.usedBytes());
		problem.setProperty("quotaBytes", ex.quotaBytes());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail photoNotFound(PhotoNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "photo-not-found", "There is no such photo.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> rangeNotSatisfiable(RangeNotSatisfiableException ex) {
		ProblemDetail problem = problem(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "range-not-satisfiable",
				"The requested range starts beyond the end of the content.");
		return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
			.header(HttpHeaders.CONTENT_RANGE, "bytes */" + ex.length())
			.body(problem);
	}

	@ExceptionHandler
	ProblemDetail registrationRejected(RegistrationRejectedException ex) {
		if (ex.problem().filter(ProblemResponses::isQuotaExceeded).isPresent()) {
			// The uploader's own limit, not a fault between the services: passed on as photo-service put it.
			ProblemDetail quota = ex.problem().get();
			// Spring fills in this request's path instead of photo-service's internal one.
			quota.setInstance(null);
			logger.debug("Upload refused: quota exceeded");
			return quota;
		}
		logger.warn("photo-service refused a registration with status {}", ex.status());
		ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, "registration-rejected",
				"The catalogue refused the photo.");
		problem.setProperty("upstreamStatus", ex.status());
		ex.problem().ifPresent((upstream) -> problem.setProperty("upstream", upstream));
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> catalogueUnavailable(CatalogueUnavailableException ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "catalogue-unavailable",
				"The photo catalogue is unavailable. Try again later.");
		ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
		ex.retryAfter().ifPresentOrElse((wait) -> {
			// An open circuit is already logged once by its state change; a line per refusal would flood.
			logger.debug("Upload refused while the circuit to photo-service is open");
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
		}, () -> logger.warn("photo-service is unavailable", ex));
		return response.body(problem);
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			logger.debug("Client went away: {}", ex.getClass().getSimpleName());
			return null;
		}
		logger.error("Request failed unexpectedly", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The request could not be completed.");
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return handleExceptionInternal(ex, payloadTooLarge(), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
				"Parameter '%s' has an invalid value.".formatted(ex.getPropertyName()));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	// Spring's own refusals (a malformed body, a missing part, a wrong method or content type) come
	// with type about:blank; each status gets a stable type of its own instead.
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
			problem.setType(URI.create(TYPE_PREFIX + FRAMEWORK_KINDS.getOrDefault(status.value(), "invalid-request")));
		}
		return response;
	}

	private static boolean isQuotaExceeded(ProblemDetail problem) {
		return URI.create(TYPE_PREFIX + "quota-exceeded").equals(problem.getType())
				&& problem.getStatus() == HttpStatus.CONFLICT.value();
	}

	private static ProblemDetail payloadTooLarge() {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The file is larger than allowed.");
	}

	private static ProblemDetail problem(HttpStatus status, String kind, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + kind));
		return problem;
	}

}
