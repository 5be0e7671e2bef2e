package agency.suits.events.creative;

/** The client's consolidated verdict on one round. */
public enum ClientDecision {
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED
}
