package agency.suits.billing.overdue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which overdue stage to announce: the highest stage the invoice has reached that was not announced yet. Lower
 * stages it skipped (an invoice first noticed 65 days late) are passed over rather than announced late.
 */
public final class OverdueStages {

    private OverdueStages() {
    }

    public static Optional<Integer> toAnnounce(long daysOverdue, List<Integer> stages, Set<Integer> announced) {
        Optional<Integer> highest = stages.stream().filter(stage -> daysOverdue >= stage).max(Integer::compare);
        return highest.filter(stage -> announced.stream().noneMatch(done -> done >= stage));
    }
}
