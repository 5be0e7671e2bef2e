package agency.suits.clients.notification;

/** What a notification is about: one kind per event that needs someone's attention (docs/notifications.md). */
public enum NotificationKind {
    CLIENT_AT_RISK,
    CONTRACT_RENEWAL_DUE,
    BUDGET_THRESHOLD_REACHED,
    REVISION_LIMIT_EXCEEDED,
    FEEDBACK_REJECTED,
    INVOICE_OVERDUE,
    JOB_REQUEST_RECEIVED,
    BRIEF_SUBMITTED,
    CREATIVE_JOB_OPENED,
    WORK_PRESENTED,
    ESTIMATE_APPROVED,
    BUDGET_RAISED,
    INVOICE_ISSUED,
    PAYMENT_RECEIVED,
    PAYABLE_APPROVED,
    /** A supervisor's periodic report on their accounts, to whom they report; about no single client. */
    SUPERVISOR_DIGEST
}
