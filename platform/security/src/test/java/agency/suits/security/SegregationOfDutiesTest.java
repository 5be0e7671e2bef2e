package agency.suits.security;

import agency.suits.domain.NotPermitted;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SegregationOfDutiesTest {

    private static final UUID SUPERVISOR = UUID.randomUUID();
    private static final UUID EXECUTIVE = UUID.randomUUID();

    @Test
    void refusesTheCreatorAsApprover() {
        NotPermitted refused = assertThrows(NotPermitted.class,
                () -> SegregationOfDuties.requireNotCreator(SUPERVISOR, SUPERVISOR, "a payable"));

        assertEquals("Nobody approves a payable they created themselves", refused.getMessage());
    }

    @Test
    void letsAnotherPersonOrAnythingTheSystemCreatedBeApproved() {
        assertDoesNotThrow(() -> SegregationOfDuties.requireNotCreator(SUPERVISOR, EXECUTIVE, "an estimate"));
        assertDoesNotThrow(() -> SegregationOfDuties.requireNotCreator(SUPERVISOR, null, "a change order"));
    }

    @Test
    void refusesAnyOfSeveralAuthors() {
        NotPermitted refused = assertThrows(NotPermitted.class,
                () -> SegregationOfDuties.requireNoneOf(SUPERVISOR, Set.of(EXECUTIVE, SUPERVISOR), "a brief"));
        assertEquals("Nobody approves a brief they helped write; someone who did not write it must approve it",
                refused.getMessage());
        assertDoesNotThrow(() -> SegregationOfDuties.requireNoneOf(SUPERVISOR, Set.of(EXECUTIVE), "a brief"));
    }
}
