package agency.suits.billing.changeorder;

/** Who started the change order: a person, or the revision-round rule (RevisionLimitExceeded). */
public enum ChangeOrderOrigin {
    MANUAL,
    REVISION_LIMIT
}
