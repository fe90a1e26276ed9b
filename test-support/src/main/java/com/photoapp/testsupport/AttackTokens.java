package com.photoapp.testsupport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tokens an attacker or a misconfigured client might present, built around the trusted key so that
 * each differs from a valid token in exactly one way. {@link #refused()} lists those every hop must
 * answer with 401 {@code invalid_token}.
 */
public final class AttackTokens {

	/** The SPA's client id, the audience of its ID tokens. */
	public static final String SPA_CLIENT_ID = "photoapp-spa";

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final RSAKey trusted;

	private final RSAKey attacker;

	private final String issuer;

	private final String audience;

	private final Clock clock;

	public AttackTokens(RSAKey trusted, String issuer, String audience, Clock clock) {
		this.trusted = trusted;
		this.attacker = JwksServer.newKey();
		this.issuer = issuer;
		this.audience = audience;
		this.clock = clock;
	}

	/** A token every hop accepts. */
	public String valid(String subject) {
		return signed(claims(subject).build());
	}

	/** A valid token with its claims changed as given, signed by the trusted key. */
	public String validWith(UnaryOperator<JWTClaimsSet.Builder> change) {
		return signed(change.apply(claims(TestTokens.newSubject())).build());
	}

	public String algNone() {
		return new PlainJWT(claims(TestTokens.newSubject()).build()).serialize();
	}

	/** The classic key confusion: HMAC keyed with the bytes of the RSA public key. */
	public String hs256KeyedWithPublicKey() {
		try {
			byte[] secret = this.trusted.toRSAPublicKey().getEncoded();
			return sign(header(JWSAlgorithm.HS256).keyID(this.trusted.getKeyID()), claims(TestTokens.newSubject()),
					new MACSigner(secret));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** RSA-PSS with the trusted key itself: a correct signature, but not the one algorithm allowed. */
	public String ps256WithTrustedKey() {
		return sign(header(JWSAlgorithm.PS256).keyID(this.trusted.getKeyID()), claims(TestTokens.newSubject()),
				rsaSigner(this.trusted));
	}

	public String es256WithOtherKey() {
		try {
			ECKey ec = new ECKeyGenerator(Curve.P_256).keyID(this.trusted.getKeyID()).generate();
			return sign(header(JWSAlgorithm.ES256).keyID(ec.getKeyID()), claims(TestTokens.newSubject()),
					new ECDSASigner(ec));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points {@code jku} at a key set the attacker controls. */
	public String jkuToAttackerKey() {
		return sign(header(JWSAlgorithm.RS256).keyID(this.attacker.getKeyID())
			.jwkURL(URI.create("https://attacker.example/jwks.json")), claims(TestTokens.newSubject()),
				rsaSigner(this.attacker));
	}

	/** Embeds the attacker's public key in {@code jwk}, under the trusted key's id. */
	public String embeddedAttackerJwk() {
		return sign(header(JWSAlgorithm.RS256).keyID(this.trusted.getKeyID()).jwk(this.attacker.toPublicJWK()),
				claims(TestTokens.newSubject()), rsaSigner(this.attacker));
	}

	/** Signed by a key nobody published, under a {@code kid} nobody knows. */
	public String unknownKid() {
		return sign(header(JWSAlgorithm.RS256).keyID(UUID.randomUUID().toString()), claims(TestTokens.newSubject()),
				rsaSigner(this.attacker));
	}

	/** Signed by the attacker's key under the trusted key's id. */
	public String wrongSignature() {
		return sign(header(JWSAlgorithm.RS256).keyID(this.trusted.getKeyID()), claims(TestTokens.newSubject()),
				rsaSigner(this.attacker));
	}

	/** A valid token whose payload was swapped for another subject's after signing. */
	public String tamperedPayload() {
		String[] parts = valid(TestTokens.newSubject()).split("\\.");
		String forged = BASE64URL
			.encodeToString(claims("victim|" + UUID.randomUUID()).build().toString().getBytes(StandardCharsets.UTF_8));
		return parts[0] + "." + forged + "." + parts[2];
	}

	public String twoSegments() {
		String[] parts = valid(TestTokens.newSubject()).split("\\.");
		return parts[0] + "." + parts[1];
	}

	public String badBase64() {
		String[] parts = valid(TestTokens.newSubject()).split("\\.");
		return parts[0] + ".!!not*base64!!." + parts[2];
	}

	public String notJson() {
		return BASE64URL.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
				+ BASE64URL.encodeToString("not json".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
	}

	/** A signed token padded with a claim until it is about the given size. */
	public String ofSize(int bytes) {
		return validWith((claims) -> claims.claim("padding", "x".repeat(bytes)));
	}

	public String expiredAgo(Duration ago) {
		Instant exp = now().minus(ago);
		return validWith((claims) -> claims.issueTime(Date.from(exp.minus(Duration.ofMinutes(5))))
			.expirationTime(Date.from(exp)));
	}

	public String notBeforeIn(Duration ahead) {
		return validWith((claims) -> claims.notBeforeTime(Date.from(now().plus(ahead))));
	}

	public String missingExp() {
		return validWith((claims) -> claims.expirationTime(null));
	}

	public String wrongIssuer() {
		return validWith((claims) -> claims.issuer("https://evil.example/"));
	}

	/** The issuer without (or with an extra) trailing slash: Auth0's {@code iss} must match exactly. */
	public String issuerSlashVariant() {
		String variant = this.issuer.endsWith("/") ? this.issuer.substring(0, this.issuer.length() - 1)
				: this.issuer + "/";
		return validWith((claims) -> claims.issuer(variant));
	}

	public String wrongAudience() {
		return validWith((claims) -> claims.audience(List.of("https://other-api.example")));
	}

	/** An ID token: same issuer and key, but for the SPA (aud = client id), with a nonce and no API audience. */
	public String idToken() {
		return validWith((claims) -> claims.audience(SPA_CLIENT_ID)
			.claim("azp", SPA_CLIENT_ID)
			.claim("nonce", UUID.randomUUID().toString())
			.claim("email", "victim@example.test"));
	}

	public String missingSub() {
		return validWith((claims) -> claims.subject(null));
	}

	public String blankSub() {
		return validWith((claims) -> claims.subject(" "));
	}

	/**
	 * Every token here that must be refused with 401 {@code invalid_token}.
	 * @return the named tokens
	 */
	public List<Attack> refused() {
		return List.of(new Attack("alg none", algNone()),
				new Attack("HS256 keyed with the RSA public key", hs256KeyedWithPublicKey()),
				new Attack("PS256 with the trusted key", ps256WithTrustedKey()),
				new Attack("ES256 with another key", es256WithOtherKey()),
				new Attack("jku to an attacker key", jkuToAttackerKey()),
				new Attack("embedded attacker jwk", embeddedAttackerJwk()), new Attack("unknown kid", unknownKid()),
				new Attack("wrong signature", wrongSignature()), new Attack("tampered payload", tamperedPayload()),
				new Attack("two segments", twoSegments()), new Attack("bad base64", badBase64()),
				new Attack("not JSON", notJson()), new Attack("expired 61s ago", expiredAgo(Duration.ofSeconds(61))),
				new Attack("not valid for 90s", notBeforeIn(Duration.ofSeconds(90))),
				new Attack("missing exp", missingExp()), new Attack("wrong issuer", wrongIssuer()),
				new Attack("issuer slash variant", issuerSlashVariant()),
				new Attack("wrong audience", wrongAudience()), new Attack("ID token", idToken()),
				new Attack("missing sub", missingSub()), new Attack("blank sub", blankSub()));
	}

	private JWTClaimsSet.Builder claims(String subject) {
		Instant now = now();
		return new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(subject)
			.audience(List.of(this.audience))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private String signed(JWTClaimsSet claims) {
		return sign(header(JWSAlgorithm.RS256).keyID(this.trusted.getKeyID()), new JWTClaimsSet.Builder(claims),
				rsaSigner(this.trusted));
	}

	private static JWSHeader.Builder header(JWSAlgorithm algorithm) {
		return new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT);
	}

	private static String sign(JWSHeader.Builder header, JWTClaimsSet.Builder claims, JWSSigner signer) {
		SignedJWT jwt = new SignedJWT(header.build(), claims.build());
		try {
			jwt.sign(signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static JWSSigner rsaSigner(RSAKey key) {
		try {
			return new RSASSASigner(key);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A named token for parameterised tests.
	 *
	 * @param name what is wrong with it
	 * @param token the compact serialisation
	 */
	public record Attack(String name, String token) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
