package agency.suits.events.creative;

import agency.suits.events.Invariants;

/**
 * How the client's comments in a round were aimed. A comment can point at a work version and a brief section at
 * once, so the parts may add up to more than the total; none exceeds it.
 */
public record CommentCounts(int total, int onProposition, int onMandatories, int onWork) {

    public CommentCounts {
        Invariants.atLeast(total, 0, "total");
        Invariants.between(onProposition, 0, total, "onProposition");
        Invariants.between(onMandatories, 0, total, "onMandatories");
        Invariants.between(onWork, 0, total, "onWork");
    }
}
