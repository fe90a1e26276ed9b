package com.photoapp.storage.catalogue;

import java.util.Optional;

import org.springframework.http.ProblemDetail;

/**
 * photo-service refused a registration with a client error.
 */
public class RegistrationRejectedException extends RuntimeException {

	private final int status;

	private final transient ProblemDetail problem;

	RegistrationRejectedException(int status, ProblemDetail problem, Throwable cause) {
		super("photo-service refused the registration with status " + status, cause);
		this.status = status;
		this.problem = problem;
	}

	/**
	 * The status photo-service answered with.
	 * @return the HTTP status code
	 */
	public int status() {
		return this.status;
	}

	/**
	 * The problem photo-service described, if its answer was a problem detail.
	 * @return the upstream problem
	 */
	public Optional<ProblemDetail> problem() {
		return Optional.ofNullable(this.problem);
	}

}
