package agency.suits.security.token;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    /** A verifier that counts its checks: valid tokens are "good-<expiry in seconds from NOW>", others fail. */
    private final List<String> checked = new ArrayList<>();
    private final Map<String, JsonWebToken> issued = new HashMap<>();
    private Instant now = NOW;

    private final JWTParser verifier = (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {JWTParser.class}, (proxy, method, args) -> {
                String token = (String) args[0];
                checked.add(token);
                if (!token.startsWith("good-")) {
                    throw new ParseException("bad signature");
                }
                return issued.computeIfAbsent(token,
                        t -> token(NOW.getEpochSecond() + Long.parseLong(t.substring(5))));
            });

    private VerifiedTokens tokens(Duration rememberFor, int atMost) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new VerifiedTokens(verifier, rememberFor, atMost, clock);
    }

    @Test
    void aTokenVerifiedOnceIsNotCheckedAgainWhileRemembered() throws ParseException {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60), 100);
        JsonWebToken first = tokens.parse("good-3600");
        now = NOW.plusSeconds(59);
        assertSame(first, tokens.parse("good-3600"));
        assertEquals(List.of("good-3600"), checked);
    }

    @Test
    void itIsCheckedAgainAfterTheRememberedTime() throws ParseException {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60), 100);
        tokens.parse("good-3600");
        now = NOW.plusSeconds(60);
        tokens.parse("good-3600");
        assertEquals(List.of("good-3600", "good-3600"), checked);
    }

    @Test
    void neverPastTheTokensOwnExpiry() throws ParseException {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60), 100);
        tokens.parse("good-10");
        now = NOW.plusSeconds(10);
        tokens.parse("good-10");
        assertEquals(List.of("good-10", "good-10"), checked);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60), 100);
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(List.of("forged", "forged"), checked);
        assertEquals(0, tokens.remembered());
    }

    @Test
    void theMemoryIsBounded() throws ParseException {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60), 3);
        for (int i = 0; i < 10; i++) {
            tokens.parse("good-" + (3600 + i));
        }
        assertTrue(tokens.remembered() <= 3, "remembered " + tokens.remembered());
    }

    @Test
    void zeroTurnsItOff() throws ParseException {
        VerifiedTokens tokens = tokens(Duration.ZERO, 100);
        tokens.parse("good-3600");
        tokens.parse("good-3600");
        assertEquals(2, checked.size());
    }

    private static JsonWebToken token(long expiresAt) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "alice";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of(Claims.exp.name());
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return Claims.exp.name().equals(claim) ? (T) Long.valueOf(expiresAt) : null;
            }
        };
    }
}
