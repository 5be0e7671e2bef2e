package agency.suits.briefs.schedule;

import agency.suits.briefs.jobrequest.ScheduledMilestone;
import agency.suits.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a schedule must respect when it is set. A milestone traffic sets or moves may not be due in the past (the
 * ones already on the schedule may be: they are overdue, not wrong); none is completed in the future; names are
 * unique within the job. The schedule is kept in due order.
 */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    public static List<Violation> violations(List<ScheduledMilestone> current, List<MilestoneEntry> proposed,
                                              LocalDate today) {
        List<Violation> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < proposed.size(); i++) {
            MilestoneEntry entry = proposed.get(i);
            String field = "milestones[" + i + "]";
            if (!names.add(entry.name().strip().toLowerCase())) {
                errors.add(new Violation(field + ".name", "'" + entry.name() + "' is on the schedule twice"));
            }
            boolean alreadyScheduled = current.stream()
                    .anyMatch(existing -> existing.name.equals(entry.name()) && existing.dueOn.equals(entry.dueOn()));
            if (!alreadyScheduled && entry.dueOn().isBefore(today)) {
                errors.add(new Violation(field + ".dueOn", "must not be in the past (today is " + today + ")"));
            }
            if (entry.completedOn() != null && entry.completedOn().isAfter(today)) {
                errors.add(new Violation(field + ".completedOn", "must not be in the future"));
            }
        }
        return errors;
    }

    /** The schedule in due order; milestones due the same day keep the order they were given in. */
    public static List<ScheduledMilestone> ordered(List<MilestoneEntry> proposed) {
        return proposed.stream()
                .sorted(Comparator.comparing(MilestoneEntry::dueOn))
                .map(entry -> new ScheduledMilestone(entry.name(), entry.dueOn(), entry.completedOn()))
                .toList();
    }

    public static boolean isOverdue(ScheduledMilestone milestone, LocalDate today) {
        return milestone.completedOn == null && milestone.dueOn.isBefore(today);
    }
}
