package agency.suits.creative.job;

/** Everything that can be done to a creative job; {@link JobRules} says which are allowed in which status. */
public enum JobAction {
    ASSIGN,
    ADD_VERSION,
    INTERNAL_REVIEW,
    STRATEGY_CHECK,
    PRESENT,
    RECORD_FEEDBACK,
    CANCEL
}
