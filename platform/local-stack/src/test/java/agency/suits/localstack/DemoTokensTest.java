package agency.suits.localstack;

import agency.suits.security.Role;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwa.AlgorithmConstraints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoTokensTest {

    @Test
    void tokenCarriesWhoTheStaffMemberIsAndTheirRole(@TempDir Path dir) throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        Instant now = Instant.now();

        String token = DemoTokens.sign(DemoStaff.SAM, keys.privateKey(), now);
        JwtClaims claims = verifier(keys.publicKey()).processToClaims(token);

        assertEquals("https://suits.local/issuer", claims.getIssuer());
        assertEquals(List.of("suits"), claims.getAudience());
        assertEquals(DemoStaff.SAM.staffId().toString(), claims.getSubject());
        assertEquals("sam", claims.getClaimValueAsString("upn"));
        assertEquals("sam", claims.getStringClaimValue("upn"));
        assertEquals("Sam Sterling", claims.getStringClaimValue("name"));
        assertEquals(List.of("ACCOUNT_SUPERVISOR"), claims.getStringListClaimValue("groups"));
        assertEquals(now.getEpochSecond(), claims.getIssuedAt().getValue());
        assertEquals(Duration.ofHours(8).toSeconds(),
                claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertTrue(claims.getJwtId() != null && !claims.getJwtId().isBlank());
    }

    @Test
    void tokenIsSignedWithRs256AndNamesTheKey(@TempDir Path dir) throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        String token = DemoTokens.sign(DemoStaff.ALICE, keys.privateKey(), Instant.now());

        String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        assertTrue(header.contains("\"alg\":\"RS256\""), header);
        assertTrue(header.contains("\"kid\":\"suits-local\""), header);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected(@TempDir Path mine, @TempDir Path theirs) {
        SigningKeys keys = SigningKeys.loadOrCreate(mine);
        SigningKeys stranger = SigningKeys.loadOrCreate(theirs);
        String token = DemoTokens.sign(DemoStaff.ALICE, stranger.privateKey(), Instant.now());

        assertThrows(InvalidJwtException.class, () -> verifier(keys.publicKey()).processToClaims(token));
    }

    @Test
    void expiredTokenIsRejected(@TempDir Path dir) {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        String token = DemoTokens.sign(DemoStaff.ALICE, keys.privateKey(), Instant.now().minus(Duration.ofHours(9)));

        assertThrows(InvalidJwtException.class, () -> verifier(keys.publicKey()).processToClaims(token));
    }

    @Test
    void everyRoleHasAtLeastOneDemoStaffMember() {
        Set<Role> covered = Arrays.stream(DemoStaff.values()).map(DemoStaff::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertEquals(EnumSet.allOf(Role.class), covered);
    }

    @Test
    void staffAreFoundByTheirLoginName() {
        assertEquals(DemoStaff.FIONA, DemoStaff.byUsername("fiona").orElseThrow());
        assertEquals(DemoStaff.FIONA, DemoStaff.byUsername("Fiona").orElseThrow());
        assertTrue(DemoStaff.byUsername("bob").isEmpty());
    }

    static JwtConsumer verifier(PublicKey key) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer(DemoTokens.ISSUER)
                .setExpectedAudience(DemoTokens.AUDIENCE)
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }
}
