package agency.suits.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuitsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void tokenHelpListsEveryDemoStaffMemberWithTheirRole(@TempDir Path root) {
        int code = SuitsCommand.token(new StackLayout(root), List.of("--help"), print(out), print(err));

        assertEquals(0, code);
        for (DemoStaff staff : DemoStaff.values()) {
            assertTrue(text(out).matches("(?s).*\\n  " + staff.username() + " +" + staff.fullName() + " +"
                    + staff.role().name() + "\\n.*"), staff + " missing from:\n" + text(out));
        }
    }

    @Test
    void tokenPrintsOnlyTheTokenSignedWithTheCheckoutsKey(@TempDir Path root) throws Exception {
        int code = SuitsCommand.token(new StackLayout(root), List.of("alice"), print(out), print(err));

        assertEquals(0, code, text(err));
        String token = text(out).trim();
        assertEquals(1, text(out).lines().count(), "one line, for $(./suits token alice)");
        SigningKeys keys = SigningKeys.loadOrCreate(root.resolve(".suits/jwt"));
        assertEquals(List.of("ACCOUNT_DIRECTOR"),
                DemoTokensTest.verifier(keys.publicKey()).processToClaims(token).getStringListClaimValue("groups"));
    }

    @Test
    void unknownNameIsRefusedWithTheKnownOnes(@TempDir Path root) {
        int code = SuitsCommand.token(new StackLayout(root), List.of("bob"), print(out), print(err));

        assertEquals(2, code);
        assertEquals("", text(out));
        assertTrue(text(err).contains("No demo staff member called 'bob'"), text(err));
        assertTrue(text(err).contains("alice, sam, eve"), text(err));
    }

    @Test
    void downWithNothingRunningSaysSo(@TempDir Path root) {
        assertEquals(0, SuitsCommand.down(new StackLayout(root), print(out)));
        assertEquals("Suits is not running.", text(out).trim());
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream buffer) {
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
