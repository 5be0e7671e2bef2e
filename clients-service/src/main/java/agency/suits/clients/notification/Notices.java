package agency.suits.clients.notification;

import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.billing.PayableApproved;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CreativeJobOpened;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkPresented;

import java.util.Optional;
import java.util.Set;

/**
 * Each event that needs someone's attention, said in one sentence with the path of what it is about. Sentences a
 * creative director or traffic reads (revision rounds, rejected work, an opened job) carry no money: the creative
 * department never sees it.
 */
public final class Notices {

    private Notices() {
    }

    public static Notice of(ClientAtRisk risk) {
        return new Notice(NotificationKind.CLIENT_AT_RISK, risk.clientId(), "The relationship health score fell from "
                + risk.previousScore() + " to " + risk.score() + ", below the threshold of " + risk.threshold()
                + "; the biggest reason: " + risk.reasons().get(0).detail(),
                "/api/clients/" + risk.clientId() + "/health");
    }

    public static Notice of(ContractRenewalDue due) {
        return new Notice(NotificationKind.CONTRACT_RENEWAL_DUE, due.clientId(), "The " + due.contractType()
                + " contract ends on " + due.endsOn() + " and its " + due.noticePeriodDays()
                + "-day notice window opened on " + due.noticeWindowOpensOn() + ": decide on renewal",
                "/api/clients/" + due.clientId() + "/contracts/" + due.contractId());
    }

    public static Notice of(BudgetThresholdReached reached) {
        return new Notice(NotificationKind.BUDGET_THRESHOLD_REACHED, reached.clientId(), "Job " + reached.jobNumber()
                + " has used " + reached.thresholdPercent() + "% of its budget: " + reached.actuals() + " of "
                + reached.budget() + ", with " + reached.committed() + " more committed to vendors",
                "/api/jobs/" + reached.jobNumber() + "/budget");
    }

    public static Notice of(RevisionLimitExceeded exceeded) {
        return new Notice(NotificationKind.REVISION_LIMIT_EXCEEDED, exceeded.clientId(), "Job "
                + exceeded.jobNumber() + " opened round " + exceeded.round() + " of " + exceeded.includedRounds()
                + " included: the round is out of scope and needs a change order",
                "/api/creative-jobs/" + exceeded.creativeJobId());
    }

    /** Only a rejection needs anybody: approvals and change requests are the ordinary course of a job. */
    public static Optional<Notice> of(FeedbackReturned feedback) {
        if (feedback.decision() != ClientDecision.REJECTED) {
            return Optional.empty();
        }
        return Optional.of(new Notice(NotificationKind.FEEDBACK_REJECTED, feedback.clientId(), "The client rejected "
                + "round " + feedback.round() + " of job " + feedback.jobNumber(),
                "/api/creative-jobs/" + feedback.creativeJobId(), Set.of(), null));
    }

    public static Notice of(InvoiceOverdue overdue) {
        return new Notice(NotificationKind.INVOICE_OVERDUE, overdue.clientId(), "Invoice " + overdue.invoiceNumber()
                + " is " + overdue.daysOverdue() + " days overdue (due " + overdue.dueOn() + "), "
                + overdue.outstanding() + " outstanding", "/api/invoices/" + overdue.invoiceId());
    }

    public static Notice of(JobRequestReceived request) {
        return new Notice(NotificationKind.JOB_REQUEST_RECEIVED, request.clientId(), "The client asked for \""
                + request.title() + "\" by " + request.wantedBy() + " (job " + request.jobNumber()
                + "): it needs a brief", "/api/job-requests/" + request.jobRequestId());
    }

    public static Notice of(BriefSubmitted submitted) {
        return new Notice(NotificationKind.BRIEF_SUBMITTED, submitted.clientId(), "Brief version "
                + submitted.briefVersion() + " of job " + submitted.jobNumber() + " went to creative with a budget of "
                + submitted.budget() + " and " + submitted.includedRevisionRounds() + " revision rounds included",
                "/api/briefs/" + submitted.briefId(), Set.of(submitted.approvedBy(), submitted.submittedBy()), null);
    }

    public static Notice of(CreativeJobOpened opened) {
        return new Notice(NotificationKind.CREATIVE_JOB_OPENED, opened.clientId(), "Creative job "
                + opened.jobNumber() + " is open with " + opened.includedRevisionRounds()
                + " revision rounds included: it needs creatives and a schedule",
                "/api/creative-jobs/" + opened.creativeJobId());
    }

    public static Notice of(WorkPresented presented) {
        return new Notice(NotificationKind.WORK_PRESENTED, presented.clientId(), "Round " + presented.round()
                + " of job " + presented.jobNumber() + " was presented to the client: record their feedback",
                "/api/creative-jobs/" + presented.creativeJobId());
    }

    public static Notice of(EstimateApproved approved) {
        return new Notice(NotificationKind.ESTIMATE_APPROVED, approved.clientId(), "Estimate version "
                + approved.estimateVersion() + " of job " + approved.jobNumber() + " was approved: the job's budget "
                + "is now " + approved.total(), "/api/estimates/" + approved.estimateId(),
                Set.of(approved.approvedBy()), null);
    }

    public static Notice of(BudgetRaised raised) {
        return new Notice(NotificationKind.BUDGET_RAISED, raised.clientId(), "A change order raised the budget of job "
                + raised.jobNumber() + " by " + raised.raisedBy() + " to " + raised.budget() + ": " + raised.reason(),
                "/api/change-orders/" + raised.changeOrderId(), Set.of(raised.approvedBy()), null);
    }

    public static Notice of(InvoiceIssued issued) {
        return new Notice(NotificationKind.INVOICE_ISSUED, issued.clientId(), "Invoice " + issued.invoiceNumber()
                + " of " + issued.total() + " went to the client, due on " + issued.dueOn(),
                "/api/invoices/" + issued.invoiceId(), Set.of(issued.issuedBy()), null);
    }

    public static Notice of(PaymentReceived payment) {
        String left = payment.outstanding().amount().signum() == 0 ? "it is paid in full"
                : payment.outstanding() + " is still outstanding";
        return new Notice(NotificationKind.PAYMENT_RECEIVED, payment.clientId(), "The client paid "
                + payment.amount() + " on invoice " + payment.invoiceNumber() + "; " + left,
                "/api/invoices/" + payment.invoiceId() + "/payments", Set.of(payment.recordedBy()), null);
    }

    public static Notice of(PayableApproved approved) {
        return new Notice(NotificationKind.PAYABLE_APPROVED, approved.clientId(), "A payable of " + approved.amount()
                + " to " + approved.vendorName() + " on job " + approved.jobNumber() + " was approved: it can be "
                + "released", "/api/payables/" + approved.payableId(), Set.of(approved.approvedBy()),
                approved.createdBy());
    }
}
