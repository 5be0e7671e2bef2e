package agency.suits.creative.trail;

/** The steps the trail records, each owned by one set of roles. */
public enum DecisionKind {
    ASSIGNMENT,
    INTERNAL_REVIEW,
    STRATEGY_CHECK,
    PRESENTATION,
    CLIENT_FEEDBACK,
    CANCELLATION
}
