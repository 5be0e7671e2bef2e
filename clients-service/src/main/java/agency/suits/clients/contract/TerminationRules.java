package agency.suits.clients.contract;

import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * Ending a contract early: its new last day is today or later (what was in force stays so) and not after the day it
 * would have ended; a contract that has not started yet may end on its first day. No earlier last day comes from a
 * second termination: a contract is terminated once (the service answers 409 for a second).
 */
public final class TerminationRules {

    private TerminationRules() {
    }

    /** @throws RuleBroken when {@code lastDay} is not a day the contract can end on */
    public static void requireEndable(LocalDate startsOn, LocalDate endsOn, LocalDate lastDay, LocalDate today) {
        LocalDate earliest = today.isAfter(startsOn) ? today : startsOn;
        if (lastDay.isBefore(earliest) || lastDay.isAfter(endsOn)) {
            throw new RuleBroken("The contract cannot end on " + lastDay, List.of(new Violation("endsOn",
                    "must be from " + earliest + " (today or the contract's start, whichever is later) to "
                            + endsOn + " (its end)")));
        }
    }
}
