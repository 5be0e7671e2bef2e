package agency.suits.security;

import agency.suits.domain.NotPermitted;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The agency's four-eyes rule, the same for briefs, estimates, change orders and payables: nobody approves what they
 * created. A thing the system created (no creator) may be approved by anyone whose role approves it.
 */
public final class SegregationOfDuties {

    private SegregationOfDuties() {
    }

    /** @param what the thing as a reader names it, with its article: "a payable", "an estimate" */
    public static void requireNotCreator(UUID approver, UUID creator, String what) {
        requireNoneOf(approver, creator == null ? Set.of() : Set.of(creator), what);
    }

    /** For things written by several people (every author of a brief's revisions). */
    public static void requireNoneOf(UUID approver, Collection<UUID> creators, String what) {
        if (creators.contains(approver)) {
            throw new NotPermitted("Nobody approves " + what + " they created themselves");
        }
    }
}
