package agency.suits.clients.health;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventPayload;
import agency.suits.events.Money;
import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CommentCounts;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Events as the creative and billing services publish them, built small for the health tests, where the shared
 * builders of agency.suits.testing.events have none; published through {@link Published}.
 */
final class OtherServices {

    static final String JOB = "ACME-2026-0042";

    private OtherServices() {
    }

    static FeedbackReturned feedback(UUID client, ClientDecision decision, Duration took, UUID supersedes) {
        Instant returned = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new FeedbackReturned(UUID.randomUUID(), UUID.randomUUID(), JOB, client, 2, decision,
                new CommentCounts(3, 1, 1, 1), returned.minus(took), returned, took, supersedes, UUID.randomUUID());
    }

    /** Round 4 of 3 included. */
    static RevisionLimitExceeded revisionLimit(UUID client) {
        return JobEvents.revisionLimitExceeded(JOB, client, 4);
    }

    static BudgetThresholdReached budget(UUID client, int percent) {
        return new BudgetThresholdReached(JOB, client, percent, Money.of("1000.00", "EUR"),
                Money.of(percent == 100 ? "1000.00" : "800.00", "EUR"), Money.of("0.00", "EUR"), Instant.now());
    }

    /** A new invoice overdue at that stage. */
    static InvoiceOverdue overdue(UUID client, int stageDays) {
        return overdue(client, UUID.randomUUID(), stageDays);
    }

    /** That invoice reaching an overdue stage (1, 30, 60 days), noticed on the stage's day. */
    static InvoiceOverdue overdue(UUID client, UUID invoice, int stageDays) {
        return new InvoiceOverdue(invoice, "INV-2026-0007", client, null,
                LocalDate.now().minusDays(stageDays), stageDays, stageDays, Money.of("500.00", "EUR"),
                Money.of("500.00", "EUR"), Instant.now());
    }

    /** A payment of the 500.00 invoice leaving {@code outstanding} to pay. */
    static PaymentReceived payment(UUID client, UUID invoice, String amount, String outstanding) {
        return new PaymentReceived(UUID.randomUUID(), invoice, "INV-2026-0007", client, Money.of(amount, "EUR"),
                Money.of(outstanding, "EUR"), LocalDate.now(), UUID.randomUUID(), Instant.now());
    }

    /** An approved estimate making the job's budget that total. */
    static EstimateApproved estimate(UUID client, String total) {
        return new EstimateApproved(UUID.randomUUID(), 2, JOB, client, Money.of(total, "EUR"), UUID.randomUUID(),
                Instant.now());
    }

    /** A change order approved by a director, raising the job's budget to {@code budget} with 1000.00 used. */
    static BudgetRaised raised(UUID client, String by, String budget) {
        return new BudgetRaised(JOB, client, UUID.randomUUID(), Money.of(by, "EUR"), Money.of(budget, "EUR"),
                Money.of("1000.00", "EUR"), "Revision round 4 is beyond the 3 rounds the contract includes",
                UUID.randomUUID(), Instant.now());
    }

    static CloudEvent envelope(EventPayload payload) {
        return CloudEvent.of("/suits/other-service", payload);
    }

    /** Publishes the envelope on its topic as its owner would; sending one envelope twice is a redelivery. */
    static void publish(CloudEvent event) {
        Published.envelope(event);
    }

    static void publish(EventPayload payload) {
        Published.event(payload);
    }
}
