package agency.suits.briefs.brief;

/** The writable sections of a brief, named as in its JSON. */
public enum Section {
    BACKGROUND("background"),
    OBJECTIVE("objective"),
    SUCCESS_MEASURES("successMeasures"),
    TARGET_AUDIENCE("targetAudience"),
    INSIGHT("insight"),
    PROPOSITION("proposition"),
    REASONS_TO_BELIEVE("reasonsToBelieve"),
    TONE("tone"),
    MANDATORIES("mandatories"),
    DELIVERABLES("deliverables"),
    MILESTONES("milestones"),
    BUDGET("budget");

    private final String field;

    Section(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
