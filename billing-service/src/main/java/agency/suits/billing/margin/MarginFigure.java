package agency.suits.billing.margin;

import agency.suits.domain.money.Amount;

import java.math.BigDecimal;

/**
 * What a piece of work earns, in one currency: revenue (invoiced and still billable) against cost (hours at cost
 * rates and vendor costs). The one place margin is computed: a job's figure is built from its entries, a client's
 * from its jobs' figures with {@link #plus}, which refuses to add two currencies.
 */
public record MarginFigure(Amount invoiced, Amount billable, Amount timeCost, Amount vendorCost,
                           BigDecimal hoursWithoutCostRate) {

    public MarginFigure {
        invoiced.requireSameCurrency(billable);
        invoiced.requireSameCurrency(timeCost);
        invoiced.requireSameCurrency(vendorCost);
        hoursWithoutCostRate = hoursWithoutCostRate.setScale(2);
    }

    public static MarginFigure zero(String currency) {
        Amount zero = Amount.zero(currency);
        return new MarginFigure(zero, zero, zero, zero, BigDecimal.ZERO);
    }

    public String currency() {
        return invoiced.currency();
    }

    public MarginFigure plus(MarginFigure other) {
        return new MarginFigure(invoiced.plus(other.invoiced), billable.plus(other.billable),
                timeCost.plus(other.timeCost), vendorCost.plus(other.vendorCost),
                hoursWithoutCostRate.add(other.hoursWithoutCostRate));
    }

    public MarginFigure invoicing(Amount amount) {
        return new MarginFigure(invoiced.plus(amount), billable, timeCost, vendorCost, hoursWithoutCostRate);
    }

    public MarginFigure billing(Amount amount) {
        return new MarginFigure(invoiced, billable.plus(amount), timeCost, vendorCost, hoursWithoutCostRate);
    }

    /** Hours at their cost; hours on a card without a cost rate ({@code cost} null) are counted at no cost. */
    public MarginFigure costingHours(BigDecimal hours, Amount cost) {
        if (cost == null) {
            return new MarginFigure(invoiced, billable, timeCost, vendorCost, hoursWithoutCostRate.add(hours));
        }
        return new MarginFigure(invoiced, billable, timeCost.plus(cost), vendorCost, hoursWithoutCostRate);
    }

    public MarginFigure costingVendor(Amount amount) {
        return new MarginFigure(invoiced, billable, timeCost, vendorCost.plus(amount), hoursWithoutCostRate);
    }

    public Amount revenue() {
        return invoiced.plus(billable);
    }

    public Amount cost() {
        return timeCost.plus(vendorCost);
    }

    public Amount margin() {
        return revenue().minus(cost());
    }

    /** The margin as a percentage of revenue, half-even to 2 decimals; null without revenue (nothing to divide). */
    public BigDecimal marginPercent() {
        return margin().percentOf(revenue());
    }
}
