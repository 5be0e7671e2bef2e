package agency.suits.localstack;

import agency.suits.security.Role;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Signs tokens for the demo staff with the local stack's own key. Only the local stack can do this: the services
 * verify tokens and have no way to mint one.
 */
public final class DemoTokens {

    public static final String ISSUER = "https://suits.local/issuer";
    public static final String AUDIENCE = "suits";
    public static final Duration LIFETIME = Duration.ofHours(8);
    public static final String KEY_ID = "suits-local";

    private DemoTokens() {
    }

    public static String sign(DemoStaff staff, PrivateKey key, Instant now) {
        return sign(staff.staffId(), staff.username(), staff.fullName(), staff.role(), key, now);
    }

    /** A token for anybody: the system tests make up staff of every role this way. */
    public static String sign(UUID staffId, String username, String fullName, Role role, PrivateKey key,
                              Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(staffId.toString());
        claims.setClaim("upn", username);
        claims.setClaim("name", fullName);
        claims.setStringListClaim("groups", List.of(role.name()));
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(LIFETIME).getEpochSecond()));
        claims.setGeneratedJwtId();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue(KEY_ID);
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token for " + username, e);
        }
    }
}
