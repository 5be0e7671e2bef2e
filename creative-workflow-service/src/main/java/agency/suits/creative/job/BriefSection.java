package agency.suits.creative.job;

/** The part of the brief a comment is about; MANDATORY comments also name the mandatory. */
public enum BriefSection {
    BACKGROUND,
    OBJECTIVE,
    TARGET_AUDIENCE,
    INSIGHT,
    PROPOSITION,
    REASONS_TO_BELIEVE,
    TONE,
    MANDATORY,
    DELIVERABLES,
    TIMING
}
