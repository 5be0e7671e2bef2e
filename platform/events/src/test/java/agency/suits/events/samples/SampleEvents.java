package agency.suits.events.samples;

import agency.suits.events.EventPayload;
import agency.suits.events.EventType;

import static agency.suits.events.samples.ContractBuilder.aRetainerContract;
import static agency.suits.events.samples.FeedbackBuilder.feedbackOnRound;

/** A realistic, fully filled-in payload for every registered event type. */
public final class SampleEvents {

    public static final String SOURCE = "/suits/tests";

    private SampleEvents() {
    }

    // No default branch: registering a new event type does not compile until it has a sample here.
    public static EventPayload sampleOf(EventType type) {
        return switch (type) {
            case CLIENT_REGISTERED -> ClientSamples.acmeRegistered();
            case CLIENT_UPDATED -> ClientSamples.acmeBecameActive();
            case ACCOUNT_TEAM_CHANGED -> ClientSamples.danJoinsAcme();
            case CONTRACT_SIGNED -> aRetainerContract().signed();
            case CONTRACT_RENEWAL_DUE -> ClientSamples.acmeRetainerRenewalDue();
            case CONTRACT_AMENDED -> ClientSamples.acmeRetainerAmended();
            case CONTRACT_TERMINATED -> ClientSamples.acmeRetainerTerminated();
            case CLIENT_AT_RISK -> ClientSamples.acmeAtRisk();
            case RULE_SETTING_CHANGED -> ClientSamples.capRaisedForTheNewYear();
            case JOB_REQUEST_RECEIVED -> BriefSamples.springLaunchRequested();
            case BRIEF_SUBMITTED -> BriefSamples.springLaunchSubmitted();
            case BRIEF_WITHDRAWN -> BriefSamples.springLaunchWithdrawn();
            case SCHEDULE_CHANGED -> BriefSamples.springLaunchRescheduled();
            case CREATIVE_JOB_OPENED -> CreativeSamples.springLaunchJobOpened();
            case WORK_PRESENTED -> CreativeSamples.roundThreePresented();
            case FEEDBACK_RETURNED -> feedbackOnRound(2).correcting(Acme.id("feedback:2:earlier")).recorded();
            case REVISION_LIMIT_EXCEEDED -> CreativeSamples.roundThreeOutOfScope();
            case CREATIVE_APPROVED -> CreativeSamples.approvedInRoundThree();
            case ESTIMATE_APPROVED -> BillingSamples.springLaunchEstimateApproved();
            case BUDGET_THRESHOLD_REACHED -> BillingSamples.eightyPercentBurnt();
            case BUDGET_EXCEEDED -> BillingSamples.printRunTookItOver();
            case BUDGET_RAISED -> BillingSamples.extraRoundRaisedTheBudget();
            case INVOICE_ISSUED -> BillingSamples.milestoneInvoiced();
            case PAYMENT_RECEIVED -> BillingSamples.partialPayment();
            case INVOICE_OVERDUE -> BillingSamples.thirtyDaysOverdue();
            case PAYABLE_APPROVED -> BillingSamples.locationFeeApproved();
        };
    }
}
