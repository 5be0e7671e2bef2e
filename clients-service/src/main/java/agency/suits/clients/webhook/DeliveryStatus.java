package agency.suits.clients.webhook;

/** Where one delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first or next try. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Tried for as long as the schedule allows without a 2xx; an admin may replay it. */
    FAILED
}
