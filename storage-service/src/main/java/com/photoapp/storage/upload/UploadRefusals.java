package com.photoapp.storage.upload;

import java.net.URI;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts every upload answered with a problem, tagged with the problem type's slug. Seeing the
 * problem as it is written catches every refusal in one place, including those Spring makes before
 * a controller runs (a body over the multipart limit) and those photo-service makes (quota).
 */
@ControllerAdvice
class UploadRefusals implements ResponseBodyAdvice<Object> {

	// A one-shot upload, a resumable declaration and a resumable completion; chunks are not uploads.
	private static final Pattern UPLOAD_PATHS = Pattern.compile("/api/photos|/api/uploads(/[^/]+/complete)?");

	private static final String TYPE_PREFIX = "https://photoapp.dev/problems/";

	private final UploadMetrics metrics;

	UploadRefusals(UploadMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && isUpload(request)) {
			this.metrics.refused(problem.getStatus(), kind(problem.getType()));
		}
		return body;
	}

	private static boolean isUpload(ServerHttpRequest request) {
		return HttpMethod.POST.equals(request.getMethod())
				&& UPLOAD_PATHS.matcher(request.getURI().getPath()).matches();
	}

	static String kind(URI type) {
		String text = (type != null) ? type.toString() : "";
		return text.startsWith(TYPE_PREFIX) ? text.substring(TYPE_PREFIX.length()) : "invalid-request";
	}

}
