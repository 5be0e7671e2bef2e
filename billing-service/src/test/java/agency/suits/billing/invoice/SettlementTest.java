package agency.suits.billing.invoice;

import agency.suits.domain.money.Amount;
import agency.suits.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettlementTest {

    private static final Amount TOTAL = Amount.of("1000.00", "EUR");

    @Test
    void partOfTheOutstandingLeavesItPartiallyPaidAndTheRestPaysIt() {
        assertEquals(InvoiceStatus.PARTIALLY_PAID, Settlement.after(TOTAL, eur("0.00"), eur("999.99")));
        assertEquals(InvoiceStatus.PAID, Settlement.after(TOTAL, eur("999.99"), eur("0.01")));
    }

    @Test
    void neverMoreThanOutstandingNeverZeroNeverAnotherCurrency() {
        assertThrows(RuleBroken.class, () -> Settlement.after(TOTAL, eur("999.99"), eur("0.02")));
        assertThrows(RuleBroken.class, () -> Settlement.after(TOTAL, eur("0.00"), eur("0.00")));
        assertThrows(RuleBroken.class,
                () -> Settlement.after(TOTAL, eur("0.00"), Amount.of("1.00", "USD")));
    }

    @Test
    void invoiceNumbersArePaddedPerYear() {
        assertEquals("INV-2026-00042", InvoiceNumber.of(2026, 42));
        assertThrows(IllegalArgumentException.class, () -> InvoiceNumber.of(2026, 0));
    }

    @Test
    void onlyApprovedInvoicesAreIssuedAndPaidInvoicesAreNeverVoided() {
        assertEquals(false, InvoiceStatus.DRAFT.canIssue());
        assertEquals(true, InvoiceStatus.DRAFT.canApprove());
        assertEquals(true, InvoiceStatus.APPROVED.canIssue());
        assertEquals(false, InvoiceStatus.APPROVED.canApprove());
        assertEquals(true, InvoiceStatus.APPROVED.canVoid());
        assertEquals(false, InvoiceStatus.ISSUED.canIssue());
        assertEquals(false, InvoiceStatus.PARTIALLY_PAID.canVoid());
        assertEquals(true, InvoiceStatus.PARTIALLY_PAID.canReceivePayment());
        assertEquals(false, InvoiceStatus.VOID.canReceivePayment());
    }

    private static Amount eur(String amount) {
        return Amount.of(amount, "EUR");
    }
}
