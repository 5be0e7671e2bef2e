package agency.suits.billing.payment;

import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;

/** What a refund may pay back: only an issued invoice's credit balance, in its currency, never more. */
public final class Refunds {

    private Refunds() {
    }

    public static void require(InvoiceStatus status, Amount creditBalance, Amount refund) {
        if (status == InvoiceStatus.DRAFT || status == InvoiceStatus.APPROVED || status == InvoiceStatus.VOID) {
            throw new WrongState("An invoice that is " + status + " has no credit balance to refund");
        }
        if (!refund.sameCurrencyAs(creditBalance)) {
            throw new RuleBroken("The invoice is in " + creditBalance.currency() + "; a refund in "
                    + refund.currency() + " cannot come out of its credit balance");
        }
        if (!refund.isPositive()) {
            throw new RuleBroken("A refund is more than zero");
        }
        if (refund.compareTo(creditBalance) > 0) {
            throw new RuleBroken("A refund of " + refund + " is more than the credit balance of " + creditBalance);
        }
    }
}
