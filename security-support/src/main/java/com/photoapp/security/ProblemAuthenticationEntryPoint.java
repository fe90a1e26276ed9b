package com.photoapp.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Writes {@link SecurityProblem}s for servlet services: 401 and 400 on authentication, 403 on access. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(response, SecurityProblem.of(ex));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, SecurityProblem.FORBIDDEN);
	}

	private static void write(HttpServletResponse response, SecurityProblem problem) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		byte[] body = problem.body();
		response.setStatus(problem.status());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, problem.challenge());
		response.setContentType(SecurityProblem.CONTENT_TYPE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
