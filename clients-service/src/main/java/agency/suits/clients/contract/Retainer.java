package agency.suits.clients.contract;

import agency.suits.domain.money.Amount;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.RetainerTerms;

/** What a retainer contract bills each period: the fee, in the contract's currency, and the period. */
public record Retainer(Amount feePerPeriod, BillingPeriod period) {

    public RetainerTerms toWire() {
        return new RetainerTerms(feePerPeriod.toWire(), period);
    }
}
