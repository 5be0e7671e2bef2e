package agency.suits.creative.trail;

import agency.suits.creative.access.CreativePermission;
import agency.suits.creative.job.DecisionKind;
import agency.suits.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who owns each step of the trail: only they record it, and only they correct it. */
class StepOwnersTest {

    @Test
    void eachStepHasTheOwnerDomainMdGivesIt() {
        assertEquals(Set.of(Role.CREATIVE_DIRECTOR), owners(DecisionKind.INTERNAL_REVIEW));
        assertEquals(Set.of(Role.CREATIVE_DIRECTOR), owners(DecisionKind.ASSIGNMENT));
        assertEquals(Set.of(Role.ACCOUNT_PLANNER), owners(DecisionKind.STRATEGY_CHECK));
        Set<Role> accountServices = EnumSet.of(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR,
                Role.ACCOUNT_DIRECTOR);
        assertEquals(accountServices, owners(DecisionKind.PRESENTATION));
        assertEquals(accountServices, owners(DecisionKind.CLIENT_FEEDBACK));
        assertEquals(Set.of(), owners(DecisionKind.CANCELLATION));
        assertEquals(Set.of(), owners(DecisionKind.CONTRACT_AMENDMENT));
    }

    @Test
    void theRolesThatCorrectAStepAreThoseThatRecordIt() {
        assertEquals(CreativePermission.ASSIGN_CREATIVES.roles(), owners(DecisionKind.ASSIGNMENT));
        assertEquals(CreativePermission.RECORD_INTERNAL_REVIEW.roles(), owners(DecisionKind.INTERNAL_REVIEW));
        assertEquals(CreativePermission.RECORD_STRATEGY_CHECK.roles(), owners(DecisionKind.STRATEGY_CHECK));
        assertEquals(CreativePermission.PRESENT_WORK.roles(), owners(DecisionKind.PRESENTATION));
        assertEquals(CreativePermission.RECORD_CLIENT_FEEDBACK.roles(), owners(DecisionKind.CLIENT_FEEDBACK));
    }

    @Test
    void onlyDecisionsWithCommentsCanBeCorrected() {
        assertTrue(DecisionKind.INTERNAL_REVIEW.correctable());
        assertTrue(DecisionKind.STRATEGY_CHECK.correctable());
        assertTrue(DecisionKind.CLIENT_FEEDBACK.correctable());
        assertFalse(DecisionKind.PRESENTATION.correctable());
        assertFalse(DecisionKind.ASSIGNMENT.correctable());
        assertFalse(DecisionKind.CANCELLATION.correctable());
        assertFalse(DecisionKind.CONTRACT_AMENDMENT.correctable());
    }

    private static Set<Role> owners(DecisionKind kind) {
        return TrailService.correctionOf(kind).roles();
    }
}
