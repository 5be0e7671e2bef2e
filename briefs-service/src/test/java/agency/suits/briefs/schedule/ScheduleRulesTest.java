package agency.suits.briefs.schedule;

import agency.suits.briefs.jobrequest.ScheduledMilestone;
import agency.suits.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void acceptsMilestonesFromTodayOn() {
        assertEquals(List.of(), ScheduleRules.violations(List.of(), List.of(
                new MilestoneEntry("Concepts", TODAY, null),
                new MilestoneEntry("Shoot", TODAY.plusDays(20), null)), TODAY));
    }

    @Test
    void refusesANewMilestoneDueInThePast() {
        List<Violation> errors = ScheduleRules.violations(List.of(),
                List.of(new MilestoneEntry("Concepts", TODAY.minusDays(1), null)), TODAY);
        assertEquals(List.of("milestones[0].dueOn"), errors.stream().map(Violation::field).toList());
    }

    @Test
    void keepsAnOverdueMilestoneThatIsAlreadyOnTheSchedule() {
        List<ScheduledMilestone> current = List.of(new ScheduledMilestone("Concepts", TODAY.minusDays(3), null));
        assertEquals(List.of(), ScheduleRules.violations(current,
                List.of(new MilestoneEntry("Concepts", TODAY.minusDays(3), TODAY)), TODAY));
    }

    @Test
    void refusesMovingAMilestoneIntoThePast() {
        List<ScheduledMilestone> current = List.of(new ScheduledMilestone("Concepts", TODAY.plusDays(3), null));
        assertEquals(1, ScheduleRules.violations(current,
                List.of(new MilestoneEntry("Concepts", TODAY.minusDays(1), null)), TODAY).size());
    }

    @Test
    void refusesDuplicateNamesAndCompletionInTheFuture() {
        List<Violation> errors = ScheduleRules.violations(List.of(), List.of(
                new MilestoneEntry("Shoot", TODAY.plusDays(1), null),
                new MilestoneEntry("shoot ", TODAY.plusDays(2), TODAY.plusDays(1))), TODAY);
        assertEquals(List.of("milestones[1].name", "milestones[1].completedOn"),
                errors.stream().map(Violation::field).toList());
    }

    @Test
    void ordersTheScheduleByDueDate() {
        List<ScheduledMilestone> ordered = ScheduleRules.ordered(List.of(
                new MilestoneEntry("Shoot", TODAY.plusDays(20), null),
                new MilestoneEntry("Concepts", TODAY.plusDays(5), null)));
        assertEquals(List.of("Concepts", "Shoot"), ordered.stream().map(m -> m.name).toList());
    }

    @Test
    void anOpenMilestoneBeforeTodayIsOverdue() {
        assertTrue(ScheduleRules.isOverdue(new ScheduledMilestone("Concepts", TODAY.minusDays(1), null), TODAY));
        assertFalse(ScheduleRules.isOverdue(new ScheduledMilestone("Concepts", TODAY, null), TODAY));
        assertFalse(ScheduleRules.isOverdue(new ScheduledMilestone("Concepts", TODAY.minusDays(1), TODAY), TODAY));
    }
}
