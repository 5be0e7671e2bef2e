package agency.suits.security.token;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The bearer token verifier of every service, remembering the tokens it has verified. A caller sends the same token
 * with every request until it expires, and checking its signature again each time was a sixth of a registration's
 * CPU in clients-service and more of a read's (docs/benchmarks.md). A remembered token is the same string that was
 * verified, so its signature, issuer and audience hold; it is remembered until its own expiry or for
 * {@code suits.security.verified-tokens.remember-for}, whichever comes first, so a token is never accepted past its
 * expiry and a signing key the identity provider withdraws stops being honoured within that time. Tokens that fail
 * are not remembered: each try is verified, and refused, again.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private record Verified(JsonWebToken token, long untilMillis) {
    }

    private final JWTParser verifier;
    private final Duration rememberFor;
    private final int rememberAtMost;
    private final Clock clock;
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(DefaultJWTParser verifier, TokenConfig config) {
        this(verifier, config.rememberFor(), config.rememberAtMost(), Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Duration rememberFor, int rememberAtMost, Clock clock) {
        this.verifier = verifier;
        this.rememberFor = rememberFor;
        this.rememberAtMost = rememberAtMost;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.millis();
        Verified known = verified.get(token);
        if (known != null) {
            if (known.untilMillis() > now) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken jwt = verifier.parse(token);
        remember(token, jwt, now);
        return jwt;
    }

    private void remember(String token, JsonWebToken jwt, long now) {
        if (rememberAtMost <= 0 || rememberFor.isZero()) {
            return;
        }
        long until = Math.min(now + rememberFor.toMillis(), jwt.getExpirationTime() * 1000);
        if (until <= now) {
            return;
        }
        if (verified.size() >= rememberAtMost) {
            verified.values().removeIf(entry -> entry.untilMillis() <= now);
            if (verified.size() >= rememberAtMost) {
                // a bound on memory, not a policy: the next requests verify again
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, until));
    }

    int remembered() {
        return verified.size();
    }

    // the rest is what other callers of the parser may use; it is not on the request path and not remembered

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
