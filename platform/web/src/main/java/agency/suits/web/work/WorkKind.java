package agency.suits.web.work;

/**
 * What kind of thing waits for a person, in the agency's words. One list for the services that answer
 * {@code /api/me/work}, so that the gateway's merged list and every service's document name a kind the same way;
 * which service answers which kind, and for whom, is in docs/work-list.md.
 */
public enum WorkKind {
    /** briefs-service: a complete draft brief for a supervisor or director who wrote none of it. */
    BRIEF_TO_APPROVE,
    /** briefs-service: a draft brief whose insight, audience or proposition the planner has yet to write. */
    BRIEF_SECTIONS_TO_WRITE,
    /** briefs-service: a job request the account has no brief for yet. */
    JOB_REQUEST_WITHOUT_BRIEF,
    /** briefs-service: a milestone past its due date and not done, for traffic. */
    MILESTONE_OVERDUE,
    /** creative-workflow-service: a round with work versions that waits for the creative director's review. */
    INTERNAL_REVIEW,
    /** creative-workflow-service: a reviewed round that waits for the planner's strategy check. */
    STRATEGY_CHECK,
    /** creative-workflow-service: checked work that account services must present to the client. */
    PRESENTATION,
    /** creative-workflow-service: presented work whose client feedback account services must record. */
    FEEDBACK_TO_RECORD,
    /** billing-service: a submitted estimate within the caller's approval level. */
    ESTIMATE_TO_APPROVE,
    /** billing-service: a proposed change order within the caller's approval level. */
    CHANGE_ORDER_TO_APPROVE,
    /** billing-service: a payable to a vendor within the caller's approval level. */
    PAYABLE_TO_APPROVE,
    /** billing-service: a drafted invoice within the caller's approval level (four eyes: never its drafter). */
    INVOICE_TO_APPROVE,
    /** billing-service: a drafted invoice that is approved and waits for finance to issue it. */
    INVOICE_TO_ISSUE,
    /** billing-service: an approved payable that waits for finance to release the payment. */
    PAYABLE_TO_RELEASE
}
