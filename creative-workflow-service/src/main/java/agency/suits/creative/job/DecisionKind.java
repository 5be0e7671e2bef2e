package agency.suits.creative.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The steps the trail records, each owned by one set of roles. */
@Schema(name = "CreativeDecisionKind")
public enum DecisionKind {
    ASSIGNMENT,
    INTERNAL_REVIEW,
    STRATEGY_CHECK,
    PRESENTATION,
    CLIENT_FEEDBACK,
    CANCELLATION,
    /** A withdrawn brief was submitted again: the cancelled job takes the new brief and goes back to work. */
    REOPENING,
    /** The client's contract now includes a different number of rounds, for the rounds that start from its day. */
    CONTRACT_AMENDMENT;

    /** Only entries that carry comments can be corrected; the outcome itself stands (it moved the job on). */
    public boolean correctable() {
        return this == INTERNAL_REVIEW || this == STRATEGY_CHECK || this == CLIENT_FEEDBACK;
    }
}
