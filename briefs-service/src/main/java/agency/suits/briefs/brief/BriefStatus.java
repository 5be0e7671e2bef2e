package agency.suits.briefs.brief;

public enum BriefStatus {
    DRAFT,
    APPROVED,
    SUBMITTED
}
