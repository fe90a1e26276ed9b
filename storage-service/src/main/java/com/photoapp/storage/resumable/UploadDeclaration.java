package com.photoapp.storage.resumable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The file a client is about to send in chunks ({@code POST /api/uploads}).
 *
 * @param fileName the name to show, display data only
 * @param sizeBytes the exact size
 * @param sha256 the SHA-256 of the whole file, lower-case hex; completion fails if the bytes differ
 * @param chunkSize the chunk size the client would like, or {@code null} for the server's
 */
record UploadDeclaration(@NotBlank @Size(max = 1000) String fileName, @NotNull @Positive Long sizeBytes,
		@NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256, @Nullable @Positive Long chunkSize) {

}
