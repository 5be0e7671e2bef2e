package agency.suits.clients.webhook;

/** Whether a subscription's deliveries are sent. */
public enum SubscriptionStatus {
    /** Sent as events arrive. */
    ACTIVE,
    /** Kept, not sent: paused by an admin, or by Suits after too many failures in a row (see pausedReason). */
    PAUSED
}
