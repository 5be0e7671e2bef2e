package agency.suits.clients.staff;

import agency.suits.domain.Violation;
import agency.suits.domain.RuleBroken;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Who reports to whom: a tree, so nobody may end up (indirectly) reporting to themselves. */
public final class ReportingLine {

    private ReportingLine() {
    }

    /**
     * @param managerOf the current manager of any staff member, empty at the top
     * @throws RuleBroken when {@code person} reporting to {@code manager} would close a loop
     */
    public static void requireNoLoop(UUID person, UUID manager, Function<UUID, Optional<UUID>> managerOf) {
        Set<UUID> seen = new HashSet<>();
        UUID current = manager;
        while (current != null && seen.add(current)) {
            if (current.equals(person)) {
                throw new RuleBroken("A staff member cannot report to themselves, even indirectly",
                        List.of(new Violation("reportsTo", "would make " + person + " report to themselves")));
            }
            current = managerOf.apply(current).orElse(null);
        }
    }
}
