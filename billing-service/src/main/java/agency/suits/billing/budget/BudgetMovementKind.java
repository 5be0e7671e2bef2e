package agency.suits.billing.budget;

/** Why a job's budget moved. */
public enum BudgetMovementKind {
    /** BriefSubmitted opened it at the brief's figure. */
    OPENED,
    /** A later brief version moved the provisional figure. */
    BRIEF_REVISED,
    /** An approved estimate became its basis; approved change orders stay on top of it. */
    ESTIMATE_APPROVED,
    /** An approved change order raised it by its difference. */
    CHANGE_ORDER_APPROVED,
    /** BriefWithdrawn closed it to new bookings (amount zero). */
    CLOSED,
    /** The brief was submitted again after its withdrawal (amount zero; a new figure is a BRIEF_REVISED after it). */
    REOPENED
}
