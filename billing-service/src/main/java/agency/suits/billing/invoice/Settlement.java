package agency.suits.billing.invoice;

import agency.suits.domain.money.Amount;
import agency.suits.domain.RuleBroken;

/** What a payment does to an invoice: never more than is outstanding, always in the invoice's currency. */
public final class Settlement {

    private Settlement() {
    }

    /** The status after paying {@code payment} on an invoice of {@code total} of which {@code paid} is paid. */
    public static InvoiceStatus after(Amount total, Amount paid, Amount payment) {
        if (!payment.sameCurrencyAs(total)) {
            throw new RuleBroken("The invoice is in " + total.currency() + "; a payment in "
                    + payment.currency() + " cannot settle it");
        }
        if (!payment.isPositive()) {
            throw new RuleBroken("A payment is more than zero");
        }
        Amount outstanding = total.minus(paid);
        if (payment.compareTo(outstanding) > 0) {
            throw new RuleBroken("A payment of " + payment + " is more than the " + outstanding
                    + " outstanding");
        }
        return payment.equals(outstanding) ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
    }
}
