package agency.suits.testing;

import agency.suits.security.Role;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints signed JWTs for tests. The key pair is made fresh in each test JVM, so no private key lives in the repository,
 * and {@link RealInfrastructure} points the service under test at the matching public key.
 */
public final class Tokens {

    public static final String ISSUER = "https://suits.test/issuer";
    public static final String AUDIENCE = "suits";

    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER_KEYS = generate();
    private static Path publicKeyFile;

    private Tokens() {
    }

    /** A valid one-hour token for the staff member with these roles; the staff id is the token's subject. */
    public static String of(UUID staffId, Role... roles) {
        return as(staffId, roles).sign();
    }

    /** The {@code Authorization} header value for {@link #of(UUID, Role...)}. */
    public static String bearer(UUID staffId, Role... roles) {
        return "Bearer " + of(staffId, roles);
    }

    /** A token to bend for negative tests: expired, other issuer or audience, signed by a stranger. */
    public static Draft as(UUID staffId, Role... roles) {
        return new Draft(staffId.toString(), Arrays.stream(roles).map(Role::name).collect(Collectors.toSet()));
    }

    static synchronized Map<String, String> verificationConfig() {
        if (publicKeyFile == null) {
            publicKeyFile = writePublicKey();
        }
        return Map.of(
                "mp.jwt.verify.publickey.location", publicKeyFile.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("suits-test-jwt-", ".pem");
            file.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class Draft {
        private String subject;
        private Set<String> groups;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private PrivateKey signingKey = KEYS.getPrivate();

        private Draft(String subject, Set<String> groups) {
            this.subject = subject;
            this.groups = groups;
        }

        /** A subject that is not a staff id, as another application's token would carry. */
        public Draft subject(String rawSubject) {
            this.subject = rawSubject;
            return this;
        }

        public Draft groups(String... rawGroups) {
            this.groups = Set.of(rawGroups);
            return this;
        }

        public Draft issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Draft audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Draft expiredSince(Duration ago) {
            this.expiresAt = Instant.now().minus(ago);
            return this;
        }

        public Draft signedByStranger() {
            this.signingKey = STRANGER_KEYS.getPrivate();
            return this;
        }

        public String sign() {
            JwtClaimsBuilder claims = Jwt.issuer(issuer)
                    .subject(subject)
                    .upn(subject)
                    .audience(audience)
                    .groups(groups)
                    .issuedAt(expiresAt.minus(Duration.ofHours(2)))
                    .expiresAt(expiresAt);
            return claims.jws().keyId("suits-test").sign(signingKey);
        }

        public String bearer() {
            return "Bearer " + sign();
        }
    }
}
