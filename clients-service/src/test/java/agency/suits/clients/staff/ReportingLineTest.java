package agency.suits.clients.staff;

import agency.suits.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportingLineTest {

    private final UUID alice = UUID.randomUUID();
    private final UUID sam = UUID.randomUUID();
    private final UUID eve = UUID.randomUUID();
    /** eve reports to sam, sam to alice, alice to nobody. */
    private final Map<UUID, UUID> managers = Map.of(eve, sam, sam, alice);

    private Optional<UUID> managerOf(UUID staff) {
        return Optional.ofNullable(managers.get(staff));
    }

    @Test
    void anyoneMayReportUpTheTree() {
        assertDoesNotThrow(() -> ReportingLine.requireNoLoop(eve, alice, this::managerOf));
    }

    @Test
    void nobodyReportsToThemselves() {
        assertThrows(RuleBroken.class, () -> ReportingLine.requireNoLoop(sam, sam, this::managerOf));
    }

    @Test
    void nobodyReportsToSomeoneWhoReportsToThem() {
        assertThrows(RuleBroken.class, () -> ReportingLine.requireNoLoop(alice, eve, this::managerOf));
    }
}
