package com.photoapp.storage;

import com.photoapp.testsupport.TestTokens;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/**
 * Calls the storage service's HTTP API the way the SPA does through the gateway.
 */
public final class StorageApi {

	private final RestTestClient client;

	public StorageApi(RestTestClient client) {
		this.client = client;
	}

	public ResponseSpec upload(String subject, String fileName, byte[] content) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new NamedBytes(content, fileName), MediaType.IMAGE_JPEG);
		return this.client.post()
			.uri("/api/photos")
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().accessToken(subject)))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body.build())
			.exchange();
	}

	public ResponseSpec content(String subject, Object photoId, String variant) {
		return this.client.get()
			.uri("/api/photos/{id}/content?variant={variant}", photoId, variant)
			.headers((headers) -> headers.setBearerAuth(TestTokens.shared().accessToken(subject)))
			.exchange();
	}

	/** Multipart sends a file name only for a resource that has one. */
	private static final class NamedBytes extends ByteArrayResource {

		private final String fileName;

		NamedBytes(byte[] content, String fileName) {
			super(content);
			this.fileName = fileName;
		}

		@Override
		public String getFilename() {
			return this.fileName;
		}

	}

}
