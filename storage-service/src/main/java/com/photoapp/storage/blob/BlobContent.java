package com.photoapp.storage.blob;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * An opened blob: its properties and a stream that fetches the bytes as they are read.
 *
 * @param stream the content, all of it or the range asked for; the caller closes it
 * @param contentType the content type stored with the blob
 * @param length the size of the whole blob in bytes
 * @param eTag the blob's entity tag, quoted as Azure returns it
 * @param fileName the display name stored with an original, if any
 */
public record BlobContent(InputStream stream, String contentType, long length, String eTag,
		@Nullable String fileName) {
}
