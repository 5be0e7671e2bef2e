package agency.suits.events.samples;

import agency.suits.events.billing.ApprovalLevel;
import agency.suits.events.billing.BookingKind;
import agency.suits.events.billing.BudgetExceeded;
import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.billing.PayableApproved;
import agency.suits.events.billing.PaymentReceived;

import java.time.LocalDate;
import java.util.UUID;

import static agency.suits.events.samples.Acme.ALICE_EXECUTIVE;
import static agency.suits.events.samples.Acme.BOB_SUPERVISOR;
import static agency.suits.events.samples.Acme.CAROL_DIRECTOR;
import static agency.suits.events.samples.Acme.CLIENT_ID;
import static agency.suits.events.samples.Acme.FIONA_FINANCE;
import static agency.suits.events.samples.Acme.JOB_NUMBER;
import static agency.suits.events.samples.Acme.at;
import static agency.suits.events.samples.Acme.eur;
import static agency.suits.events.samples.Acme.id;

public final class BillingSamples {

    public static final UUID MILESTONE_INVOICE_ID = id("invoice:INV-2026-0113");

    private BillingSamples() {
    }

    public static EstimateApproved springLaunchEstimateApproved() {
        return new EstimateApproved(id("estimate:ACME-2026-0042"), 2, JOB_NUMBER, CLIENT_ID, eur("61250.00"),
                BOB_SUPERVISOR, at("2026-03-02T12:00:00Z"));
    }

    public static BudgetThresholdReached eightyPercentBurnt() {
        return new BudgetThresholdReached(JOB_NUMBER, CLIENT_ID, 80, eur("61250.00"), eur("49012.75"),
                eur("3400.10"), at("2026-04-01T18:20:00Z"));
    }

    public static BudgetExceeded printRunTookItOver() {
        return new BudgetExceeded(JOB_NUMBER, CLIENT_ID, eur("61250.00"), eur("58012.75"), eur("4100.00"),
                eur("862.75"), BookingKind.PAYABLE, id("payable:print-run"), eur("4100.00"),
                at("2026-04-20T10:00:00Z"));
    }

    public static BudgetRaised extraRoundRaisedTheBudget() {
        return new BudgetRaised(JOB_NUMBER, CLIENT_ID, id("change-order:round-3"), eur("6125.00"), eur("67375.00"),
                eur("62112.75"), "Revision round 3 is beyond the 2 rounds the contract includes", CAROL_DIRECTOR,
                at("2026-04-22T09:30:00Z"));
    }

    public static InvoiceIssued milestoneInvoiced() {
        return new InvoiceIssued(MILESTONE_INVOICE_ID, "INV-2026-0113", CLIENT_ID, JOB_NUMBER, InvoiceKind.MILESTONE,
                eur("30625.00"), LocalDate.parse("2026-04-10"), LocalDate.parse("2026-05-10"), FIONA_FINANCE,
                at("2026-04-10T09:00:00Z"));
    }

    /** Retainer invoices belong to no job: {@code jobNumber} is null. */
    public static InvoiceIssued aprilRetainerInvoiced() {
        return new InvoiceIssued(id("invoice:INV-2026-0114"), "INV-2026-0114", CLIENT_ID, null, InvoiceKind.RETAINER,
                eur("20000.00"), LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"), FIONA_FINANCE,
                at("2026-04-01T06:00:00Z"));
    }

    public static PaymentReceived partialPayment() {
        return new PaymentReceived(id("payment:1"), MILESTONE_INVOICE_ID, "INV-2026-0113", CLIENT_ID,
                eur("10000.50"), eur("20624.50"), LocalDate.parse("2026-05-08"), FIONA_FINANCE,
                at("2026-05-08T13:14:15Z"));
    }

    public static InvoiceOverdue thirtyDaysOverdue() {
        return new InvoiceOverdue(MILESTONE_INVOICE_ID, "INV-2026-0113", CLIENT_ID, JOB_NUMBER,
                LocalDate.parse("2026-05-10"), 30, 31, eur("30625.00"), eur("20624.50"), at("2026-06-10T02:00:00Z"));
    }

    public static PayableApproved locationFeeApproved() {
        return new PayableApproved(id("payable:location"), JOB_NUMBER, CLIENT_ID, "Alpine Locations Ltd",
                "Location fee, two shoot days", eur("3400.10"), ApprovalLevel.SUPERVISOR, ALICE_EXECUTIVE,
                BOB_SUPERVISOR, at("2026-03-10T10:10:10Z"));
    }
}
