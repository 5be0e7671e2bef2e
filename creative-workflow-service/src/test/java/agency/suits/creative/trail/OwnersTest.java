package agency.suits.creative.trail;

import agency.suits.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnersTest {

    @Test
    void eachStepHasTheOwnerDomainMdGivesIt() {
        assertEquals(Set.of(Role.CREATIVE_DIRECTOR), Owners.of(DecisionKind.INTERNAL_REVIEW));
        assertEquals(Set.of(Role.CREATIVE_DIRECTOR), Owners.of(DecisionKind.ASSIGNMENT));
        assertEquals(Set.of(Role.ACCOUNT_PLANNER), Owners.of(DecisionKind.STRATEGY_CHECK));
        Set<Role> accountServices = EnumSet.of(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR,
                Role.ACCOUNT_DIRECTOR);
        assertEquals(accountServices, Owners.of(DecisionKind.PRESENTATION));
        assertEquals(accountServices, Owners.of(DecisionKind.CLIENT_FEEDBACK));
        assertEquals(Set.of(), Owners.of(DecisionKind.CANCELLATION));
    }

    @Test
    void onlyDecisionsWithCommentsCanBeCorrected() {
        assertTrue(Owners.correctable(DecisionKind.INTERNAL_REVIEW));
        assertTrue(Owners.correctable(DecisionKind.STRATEGY_CHECK));
        assertTrue(Owners.correctable(DecisionKind.CLIENT_FEEDBACK));
        assertFalse(Owners.correctable(DecisionKind.PRESENTATION));
        assertFalse(Owners.correctable(DecisionKind.ASSIGNMENT));
        assertFalse(Owners.correctable(DecisionKind.CANCELLATION));
    }
}
