package agency.suits.events.billing;

/** Who had to approve a payable: a supervisor up to the threshold, a director above it. */
public enum ApprovalLevel {
    SUPERVISOR,
    DIRECTOR
}
