package agency.suits.gateway.edge;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.inject.Singleton;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies the caller's bearer token with the same key, issuer and audience as the services (mp.jwt.* settings),
 * so a request without a valid token never reaches a service. The services verify it again: the gateway is a guard
 * in front of them, not a replacement for their own checks. A verified token is remembered until it expires, so a
 * caller's tenth request costs a map lookup instead of a signature check.
 */
@Singleton
public class CallerToken {

    /** Past this many remembered tokens the memory is cleared: a bound, not a cache policy worth tuning. */
    private static final int REMEMBERED_AT_MOST = 10_000;

    private record Verified(String subject, long expiresAtSeconds) {
    }

    private final JWTParser parser;
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    CallerToken(JWTParser parser) {
        this.parser = parser;
    }

    /** Whether {@link #subject} would check a signature (which may block while a JWKS is fetched). */
    public boolean needsVerification(String authorization) {
        return bearer(authorization).map(token -> !verified.containsKey(token)).orElse(false);
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() < 8
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }

    /** The subject of a valid, unexpired token in {@code authorization}; empty when there is none. */
    public Optional<String> subject(String authorization, long nowSeconds) {
        Optional<String> bearer = bearer(authorization);
        if (bearer.isEmpty()) {
            return Optional.empty();
        }
        String token = bearer.get();
        Verified known = verified.get(token);
        if (known != null) {
            if (known.expiresAtSeconds() > nowSeconds) {
                return Optional.of(known.subject());
            }
            verified.remove(token);
            return Optional.empty();
        }
        try {
            var jwt = parser.parse(token);
            if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
                return Optional.empty();
            }
            if (verified.size() >= REMEMBERED_AT_MOST) {
                verified.clear();
            }
            verified.put(token, new Verified(jwt.getSubject(), jwt.getExpirationTime()));
            return Optional.of(jwt.getSubject());
        } catch (ParseException | RuntimeException invalid) {
            return Optional.empty();
        }
    }
}
