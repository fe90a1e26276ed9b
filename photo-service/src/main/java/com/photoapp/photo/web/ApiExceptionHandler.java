package com.photoapp.photo.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.photoapp.photo.catalogue.InvalidFileNameException;
import com.photoapp.photo.catalogue.InvalidRequestException;
import com.photoapp.photo.catalogue.PhotoIdConflictException;
import com.photoapp.photo.catalogue.PhotoNotFoundException;
import com.photoapp.photo.catalogue.QuotaExceededException;
import com.photoapp.photo.timeline.InvalidCursorException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error contract of the API: RFC 9457 problem details whose {@code type} names the kind of
 * error. Spring MVC's own exceptions (bad path variables, query parameters and bodies) get a type
 * as well, and an unexpected failure answers 500 without its message.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final String TYPE_BASE = "https://photoapp.dev/problems/";

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	// Kinds for Spring MVC's 400s; other statuses take their reason phrase ("not-found", ...).
	private static final Map<Class<? extends Exception>, String> BAD_REQUEST_KINDS = Map.ofEntries(
			Map.entry(MethodArgumentNotValidException.class, "validation-failed"),
			Map.entry(HandlerMethodValidationException.class, "validation-failed"),
			Map.entry(TypeMismatchException.class, "invalid-parameter"),
			Map.entry(MissingServletRequestParameterException.class, "invalid-parameter"),
			Map.entry(HttpMessageNotReadableException.class, "malformed-body"));

	@ExceptionHandler
	ProblemDetail photoNotFound(PhotoNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "photo-not-found", "Photo not found",
				"There is no photo with this id.");
	}

	@ExceptionHandler
	ProblemDetail photoIdConflict(PhotoIdConflictException ex) {
		return problem(HttpStatus.CONFLICT, "photo-id-conflict", "Photo id conflict",
				"This photo id cannot be registered.");
	}

	@ExceptionHandler
	ProblemDetail quotaExceeded(QuotaExceededException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "quota-exceeded", "Quota exceeded",
				"This photo does not fit into the storage quota.");
		problem.setProperty("usedBytes", ex.getUsedBytes());
		problem.setProperty("quotaBytes", ex.getQuotaBytes());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidFileName(InvalidFileNameException ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-file-name", "Invalid file name",
				"A file name needs 1 to 255 characters, none of them a control character, '/' or '\\'.");
	}

	@ExceptionHandler
	ProblemDetail invalidRequest(InvalidRequestException ex) {
		// The message is ours and names no value the client sent.
		return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidCursor(InvalidCursorException ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-cursor", "Invalid cursor",
				"The cursor is not one this service returned.");
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		logger.error("Request failed unexpectedly", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"The request could not be completed.");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiExceptionHandler::fieldError)
			.toList();
		ex.getBody().setProperty("errors", errors);
		return handleExceptionInternal(ex, null, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		// Spring leaves the type unset (meaning about:blank) on the problems it builds.
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
			problem.setType(URI.create(TYPE_BASE + kindOf(ex, statusCode)));
		}
		return response;
	}

	private static String kindOf(Exception ex, HttpStatusCode statusCode) {
		for (Map.Entry<Class<? extends Exception>, String> entry : BAD_REQUEST_KINDS.entrySet()) {
			if (entry.getKey().isInstance(ex)) {
				return entry.getValue();
			}
		}
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		return (status != null) ? status.name().toLowerCase().replace('_', '-') : "http-" + statusCode.value();
	}

	private static Map<String, String> fieldError(FieldError error) {
		String message = (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
		return Map.of("field", error.getField(), "message", message);
	}

	private static ProblemDetail problem(HttpStatus status, String kind, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + kind));
		problem.setTitle(title);
		return problem;
	}

}
