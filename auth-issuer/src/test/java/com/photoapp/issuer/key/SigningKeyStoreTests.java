package com.photoapp.issuer.key;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The signing key file, as a restart of the issuer sees it. */
class SigningKeyStoreTests {

	@TempDir
	Path directory;

	@Test
	void generatesA2048BitRs256KeyInNewDirectories() {
		Path file = this.directory.resolve("var/issuer/signing-key.json");

		RSAKey key = new SigningKeyStore(file).loadOrCreate();

		assertThat(file).exists();
		assertThat(key.size()).isEqualTo(2048);
		assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(key.isPrivate()).isTrue();
	}

	@Test
	void keepsTheKeyFileReadableByItsOwnerOnly() throws IOException {
		Path file = this.directory.resolve("signing-key.json");

		new SigningKeyStore(file).loadOrCreate();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void returnsTheSameKeyAfterARestart() {
		Path file = this.directory.resolve("signing-key.json");
		RSAKey first = new SigningKeyStore(file).loadOrCreate();

		RSAKey second = new SigningKeyStore(file).loadOrCreate();

		assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
		assertThat(second).isEqualTo(first);
	}

	@Test
	void refusesAFileWithoutPrivateKey() throws Exception {
		Path file = this.directory.resolve("signing-key.json");
		RSAKey key = new SigningKeyStore(this.directory.resolve("other.json")).loadOrCreate();
		Files.writeString(file, key.toPublicJWK().toJSONString());

		assertThatIllegalStateException().isThrownBy(() -> new SigningKeyStore(file).loadOrCreate())
			.withMessageContaining("no private key");
	}

}
