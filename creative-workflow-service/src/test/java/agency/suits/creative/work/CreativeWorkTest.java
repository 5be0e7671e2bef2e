package agency.suits.creative.work;

import agency.suits.creative.job.JobAction;
import agency.suits.creative.job.JobStatus;
import agency.suits.events.clients.AccountRole;
import agency.suits.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CreativeWorkTest {

    @ParameterizedTest(name = "{0}, work {1}, {2} on the team as {3}: {4}")
    @CsvSource({
            "IN_WORK, true, CREATIVE_DIRECTOR, , INTERNAL_REVIEW",
            "IN_WORK, false, CREATIVE_DIRECTOR, , ",
            "IN_WORK, true, CREATIVE, , ",
            "IN_WORK, true, ACCOUNT_EXECUTIVE, ACCOUNT_EXECUTIVE, ",
            "STRATEGY_CHECK, true, ACCOUNT_PLANNER, ACCOUNT_PLANNER, STRATEGY_CHECK",
            "STRATEGY_CHECK, true, ACCOUNT_PLANNER, , ",
            "STRATEGY_CHECK, true, CREATIVE_DIRECTOR, , ",
            "READY_TO_PRESENT, true, ACCOUNT_EXECUTIVE, ACCOUNT_EXECUTIVE, PRESENT",
            "READY_TO_PRESENT, true, ACCOUNT_SUPERVISOR, ACCOUNT_SUPERVISOR, PRESENT",
            "READY_TO_PRESENT, true, ACCOUNT_DIRECTOR, ACCOUNT_DIRECTOR, PRESENT",
            "READY_TO_PRESENT, true, ACCOUNT_DIRECTOR, , ",
            "READY_TO_PRESENT, true, ACCOUNT_COORDINATOR, ACCOUNT_COORDINATOR, ",
            "READY_TO_PRESENT, true, ACCOUNT_PLANNER, ACCOUNT_PLANNER, ",
            "WITH_CLIENT, true, ACCOUNT_EXECUTIVE, ACCOUNT_EXECUTIVE, RECORD_FEEDBACK",
            "WITH_CLIENT, true, ACCOUNT_EXECUTIVE, , ",
            "APPROVED, true, ACCOUNT_EXECUTIVE, ACCOUNT_EXECUTIVE, ",
            "CANCELLED, true, CREATIVE_DIRECTOR, , "})
    void eachStepWaitsForTheRoleThatOwnsIt(JobStatus status, boolean work, Role role, AccountRole onTeam,
            JobAction expected) {
        assertEquals(Optional.ofNullable(expected),
                CreativeWork.stepWaitingFor(status, work, Set.of(role), Optional.ofNullable(onTeam)));
    }
}
