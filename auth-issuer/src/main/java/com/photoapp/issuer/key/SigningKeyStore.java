package com.photoapp.issuer.key;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the RSA signing key in a JWK file so tokens issued before a restart still verify after it. The
 * file holds the private key, so it is readable by its owner only.
 */
final class SigningKeyStore {

	private static final Logger logger = LoggerFactory.getLogger(SigningKeyStore.class);

	private static final int KEY_SIZE = 2048;

	private static final Set<PosixFilePermission> OWNER_READ_WRITE = Set.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private final Path file;

	SigningKeyStore(Path file) {
		this.file = file.toAbsolutePath();
	}

	/**
	 * Returns the key stored in the file, generating and storing one first if the file does not exist.
	 * @return the RSA private key with its stable key id
	 */
	RSAKey loadOrCreate() {
		RSAKey key = Files.exists(this.file) ? load() : createAndStore();
		logger.info("Signing with RSA key kid={}", key.getKeyID());
		return key;
	}

	private RSAKey load() {
		try {
			RSAKey key = RSAKey.parse(Files.readString(this.file, StandardCharsets.UTF_8));
			if (!key.isPrivate() || key.getKeyID() == null) {
				throw new IllegalStateException("Signing key file " + this.file + " holds no private key with a kid");
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read signing key file " + this.file, ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Signing key file " + this.file + " is not an RSA JWK", ex);
		}
	}

	private RSAKey createAndStore() {
		RSAKey key = generate();
		try {
			Path directory = Files.createDirectories(this.file.getParent());
			Path temp = Files.createTempFile(directory, ".signing-key", ".tmp");
			restrictToOwner(temp);
			Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
			Files.move(temp, this.file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write signing key file " + this.file, ex);
		}
		logger.info("Generated a new signing key in {}", this.file);
		return key;
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA signing key", ex);
		}
	}

	private static void restrictToOwner(Path path) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		if (view != null) {
			view.setPermissions(OWNER_READ_WRITE);
		}
	}

}
