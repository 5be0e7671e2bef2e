package agency.suits.security;

import agency.suits.domain.NotPermitted;

import java.util.Collection;
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
        if (approver.equals(creator)) {
            throw new NotPermitted("Nobody approves " + what + " they created themselves");
        }
    }

    /** For things written by several people (every author of a brief's revisions): no author approves. */
    public static void requireNoneOf(UUID approver, Collection<UUID> authors, String what) {
        if (authors.contains(approver)) {
            throw new NotPermitted("Nobody approves " + what + " they helped write; someone who did not write it "
                    + "must approve it");
        }
    }
}
