package agency.suits.events.clients;

import agency.suits.events.Invariants;
import agency.suits.events.Money;

/** What billing needs to raise a retainer invoice each period without asking the clients service. */
public record RetainerTerms(Money feePerPeriod, BillingPeriod period) {

    public RetainerTerms {
        Invariants.present(feePerPeriod, "feePerPeriod");
        Invariants.present(period, "period");
    }
}
