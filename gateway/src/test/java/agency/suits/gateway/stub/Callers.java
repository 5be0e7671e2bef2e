package agency.suits.gateway.stub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.smallrye.jwt.build.Jwt;

/**
 * Tokens for the gateway's tests, signed by a key made fresh in each test JVM. The gateway has no roles of its own
 * (the services decide what a role may do), so a token here needs only to be valid, or deliberately not.
 */
public final class Callers {

    public static final String ISSUER = "https://suits.test/issuer";
    public static final String AUDIENCE = "suits";

    private static final KeyPair KEYS = generate();
    private static Path publicKeyFile;

    private Callers() {
    }

    /** A valid token for a new subject: each call is a different caller with a rate limit of its own. */
    public static String bearer() {
        return bearer(UUID.randomUUID().toString());
    }

    public static String bearer(String subject) {
        return "Bearer " + Jwt.issuer(ISSUER).subject(subject).upn(subject).audience(AUDIENCE)
                .groups(Set.of("ACCOUNT_EXECUTIVE")).expiresIn(Duration.ofHours(1)).jws().sign(KEYS.getPrivate());
    }

    public static String expiredBearer() {
        return "Bearer " + Jwt.issuer(ISSUER).subject("someone").audience(AUDIENCE)
                .issuedAt(Instant.now().minus(Duration.ofHours(2))).expiresAt(Instant.now().minusSeconds(600))
                .jws().sign(KEYS.getPrivate());
    }

    /**
     * From now on every REST Assured request that has no Authorization header of its own carries a valid token of
     * one test caller, as the API's callers' requests do. (A filter, since a request specification would fix the
     * port before Quarkus sets the test port.)
     */
    public static synchronized void signedIn() {
        // replaced, not added: a test class of another Quarkus app run has its own key and its own filter
        RestAssured.replaceFiltersWith(SIGNED_IN);
    }

    private static final String TEST_CALLER = bearer("gateway-test-caller");

    private static final Filter SIGNED_IN = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", TEST_CALLER);
        }
        return context.next(request, response);
    };

    static synchronized Map<String, String> verificationConfig() {
        if (publicKeyFile == null) {
            try {
                publicKeyFile = Files.createTempFile("suits-gateway-test-jwt-", ".pem");
                publicKeyFile.toFile().deleteOnExit();
                Files.writeString(publicKeyFile, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("mp.jwt.verify.publickey.location", publicKeyFile.toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
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
}
