package agency.suits.briefs.work;

import agency.suits.briefs.jobrequest.JobStatus;
import agency.suits.events.clients.AccountRole;
import agency.suits.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefsWorkTest {

    private static final UUID ME = UUID.randomUUID();
    private static final UUID SOMEONE = UUID.randomUUID();

    @ParameterizedTest(name = "{0}, complete {1}, planner's word {2}, an author {3}: waits {4}")
    @CsvSource({
            "ACCOUNT_SUPERVISOR, true, true, false, true",
            "ACCOUNT_DIRECTOR, true, true, false, true",
            "ACCOUNT_SUPERVISOR, true, true, true, false",
            "ACCOUNT_SUPERVISOR, false, true, false, false",
            "ACCOUNT_SUPERVISOR, true, false, false, false",
            "ACCOUNT_EXECUTIVE, true, true, false, false",
            "ACCOUNT_PLANNER, true, true, false, false"})
    void aBriefAwaitsApprovalOnlyFromSomeoneWhoMayApproveItNow(Role role, boolean complete, boolean plannerSatisfied,
            boolean author, boolean waits) {
        Set<UUID> authors = author ? Set.of(ME, SOMEONE) : Set.of(SOMEONE);
        assertEquals(waits, BriefsWork.awaitsApprovalBy(Set.of(role), ME, complete, plannerSatisfied, authors));
    }

    @Test
    void thePlannersSectionsAwaitOnlyTheTeamsPlannerWhileNotSatisfied() {
        Set<Role> planner = Set.of(Role.ACCOUNT_PLANNER);
        assertTrue(BriefsWork.awaitsPlannerSectionsFrom(planner, ME, Set.of(ME), false));
        assertFalse(BriefsWork.awaitsPlannerSectionsFrom(planner, ME, Set.of(ME), true));
        assertFalse(BriefsWork.awaitsPlannerSectionsFrom(planner, ME, Set.of(SOMEONE), false));
        assertFalse(BriefsWork.awaitsPlannerSectionsFrom(Set.of(Role.ACCOUNT_EXECUTIVE), ME, Set.of(ME), false));
    }

    @ParameterizedTest(name = "{0} on the team as {1}, job {2}: waits {3}")
    @CsvSource({
            "ACCOUNT_EXECUTIVE, ACCOUNT_EXECUTIVE, RECEIVED, true",
            "ACCOUNT_SUPERVISOR, ACCOUNT_SUPERVISOR, RECEIVED, true",
            "ACCOUNT_EXECUTIVE, ACCOUNT_EXECUTIVE, BRIEFING, false",
            "ACCOUNT_COORDINATOR, ACCOUNT_COORDINATOR, RECEIVED, false",
            "ACCOUNT_PLANNER, ACCOUNT_PLANNER, RECEIVED, false",
            "ACCOUNT_DIRECTOR, , RECEIVED, false",
            "CREATIVE, ACCOUNT_EXECUTIVE, RECEIVED, false"})
    void aJobWithoutABriefAwaitsTheAccountsExecutiveAndSupervisors(Role role, AccountRole onTeam, JobStatus status,
            boolean waits) {
        assertEquals(waits, BriefsWork.awaitsBriefFrom(Set.of(role), Optional.ofNullable(onTeam), status));
    }

    @Test
    void onlyTrafficIsShownOverdueMilestones() {
        assertTrue(BriefsWork.seesOverdueMilestones(Set.of(Role.TRAFFIC)));
        assertFalse(BriefsWork.seesOverdueMilestones(Set.of(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_DIRECTOR)));
    }
}
