package com.photoapp.security;

import java.nio.charset.StandardCharsets;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;

/**
 * The answers to a request that is not authenticated or not allowed: an RFC 9457 problem with a
 * fixed body and the RFC 6750 {@code WWW-Authenticate} challenge. Bodies and descriptions are
 * constants, so nothing of the presented token is ever echoed.
 *
 * @param status the HTTP status
 * @param kind the last segment of the problem {@code type}
 * @param title the problem title
 * @param detail the problem detail
 * @param challenge the {@code WWW-Authenticate} value
 */
public record SecurityProblem(int status, String kind, String title, String detail, String challenge) {

	/** The media type of the body. */
	public static final String CONTENT_TYPE = "application/problem+json";

	private static final String TYPE_BASE = "https://photoapp.dev/problems/";

	/** No token was presented (RFC 6750 section 3.1: no error code then). */
	public static final SecurityProblem UNAUTHORIZED = new SecurityProblem(401, "unauthorized", "Unauthorized",
			"An access token is required in the Authorization header.", "Bearer");

	/** A token was presented and refused. */
	public static final SecurityProblem INVALID_TOKEN = new SecurityProblem(401, "invalid-token", "Invalid token",
			"The access token is invalid.",
			"Bearer error=\"invalid_token\", error_description=\"The access token is invalid\"");

	/** The request carried tokens in more than one place, or a malformed Authorization header. */
	public static final SecurityProblem INVALID_REQUEST = new SecurityProblem(400, "invalid-request",
			"Invalid request", "Send exactly one access token, in the Authorization header only.",
			"Bearer error=\"invalid_request\", error_description=\"Malformed bearer token request\"");

	/** The token is valid but lacks the permission the endpoint needs. */
	public static final SecurityProblem FORBIDDEN = new SecurityProblem(403, "forbidden", "Forbidden",
			"The access token does not grant this operation.",
			"Bearer error=\"insufficient_scope\", error_description=\"The access token lacks a required permission\"");

	/** The problem for a failed authentication. */
	public static SecurityProblem of(AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth) {
			return BearerTokenErrorCodes.INVALID_REQUEST.equals(oauth.getError().getErrorCode()) ? INVALID_REQUEST
					: INVALID_TOKEN;
		}
		return UNAUTHORIZED;
	}

	public byte[] body() {
		return ("{\"type\":\"" + TYPE_BASE + this.kind + "\",\"title\":\"" + this.title + "\",\"status\":"
				+ this.status + ",\"detail\":\"" + this.detail + "\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
