package com.photoapp.storage.blob;

import java.io.InputStream;

/**
 * An opened blob: its properties and a stream that fetches the bytes as they are read.
 *
 * @param stream the content; the caller closes it
 * @param contentType the content type stored with the blob
 * @param length the size in bytes
 * @param eTag the blob's entity tag, quoted as Azure returns it
 */
public record BlobContent(InputStream stream, String contentType, long length, String eTag) {
}
