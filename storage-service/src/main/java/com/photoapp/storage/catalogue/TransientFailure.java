package com.photoapp.storage.catalogue;

import java.util.Set;
import java.util.function.Predicate;

import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * Which failures of a registration are worth another attempt, named in {@code resilience4j.retry}.
 * An I/O error or a gateway/availability answer may pass; a {@code 500} is a bug upstream that a
 * repeat would only hit again, and a client error never changes.
 */
public class TransientFailure implements Predicate<Throwable> {

	private static final Set<Integer> TRANSIENT_STATUSES = Set.of(502, 503, 504);

	@Override
	public boolean test(Throwable failure) {
		if (failure instanceof ResourceAccessException) {
			return true;
		}
		return failure instanceof HttpServerErrorException serverError
				&& TRANSIENT_STATUSES.contains(serverError.getStatusCode().value());
	}

}
