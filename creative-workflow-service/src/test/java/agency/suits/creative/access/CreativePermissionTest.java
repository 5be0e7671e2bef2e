package agency.suits.creative.access;

import agency.suits.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The role table of creative jobs, written out by hand so that it is checked against DOMAIN.md, not itself. */
class CreativePermissionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ASSIGN_CREATIVES|Only CREATIVE_DIRECTOR may assign creatives to a job",
            "ADD_WORK_VERSIONS|Only CREATIVE, CREATIVE_DIRECTOR may add work versions",
            "RECORD_INTERNAL_REVIEW|Only CREATIVE_DIRECTOR may record the internal review",
            "RECORD_STRATEGY_CHECK|Only ACCOUNT_PLANNER may record the strategy check",
            "PRESENT_WORK|Only ACCOUNT_EXECUTIVE, ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR may present work to the client",
            "RECORD_CLIENT_FEEDBACK|Only ACCOUNT_EXECUTIVE, ACCOUNT_SUPERVISOR, ACCOUNT_DIRECTOR may record the "
                    + "client's feedback",
            "CORRECT_INTERNAL_REVIEW|Only CREATIVE_DIRECTOR may correct a INTERNAL_REVIEW decision",
            "CORRECT_CLIENT_FEEDBACK|Only ACCOUNT_DIRECTOR, ACCOUNT_EXECUTIVE, ACCOUNT_SUPERVISOR may correct a "
                    + "CLIENT_FEEDBACK decision",
            "CORRECT_CANCELLATION|Nobody may correct a CANCELLATION decision"})
    void aRefusalNamesWhoMayAndWhat(CreativePermission permission, String refusal) {
        assertEquals(refusal, permission.refusal());
    }

    @Test
    void theCreativeDepartmentSeesEveryJobButNeverMoney() {
        assertEquals(EnumSet.of(Role.CREATIVE, Role.CREATIVE_DIRECTOR), CreativePermission.SEE_EVERY_JOB.roles());
        CreativePermission.SEE_EVERY_JOB.roles().forEach(role -> assertFalse(role.seesMoney(), role.name()));
    }

    @Test
    void onlyTheCreativeDirectorAddsWorkToAJobWithoutBeingAssigned() {
        assertTrue(CreativePermission.ADD_WORK_TO_ANY_JOB.grantedTo(Set.of(Role.CREATIVE_DIRECTOR)));
        assertFalse(CreativePermission.ADD_WORK_TO_ANY_JOB.grantedTo(Set.of(Role.CREATIVE)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "FINANCE", "TRAFFIC", "ACCOUNT_COORDINATOR"})
    void nobodyOutsideTheStepsOwnersRecordsARoundStep(Role role) {
        for (CreativePermission step : EnumSet.of(CreativePermission.RECORD_INTERNAL_REVIEW,
                CreativePermission.RECORD_STRATEGY_CHECK, CreativePermission.PRESENT_WORK,
                CreativePermission.RECORD_CLIENT_FEEDBACK)) {
            assertFalse(step.grantedTo(Set.of(role)), step + " for " + role);
        }
    }
}
