package agency.suits.billing.retainer;

import agency.suits.domain.money.Amount;

import java.math.BigDecimal;

/**
 * The hours a retainer period used against its fee: their value at sell rates and their cost at cost rates. A period
 * is over-serviced when the value of the work done in it is above the fee: the agency gave away the difference.
 */
public record RetainerUsage(Amount fee, BigDecimal hours, Amount value, Amount cost, BigDecimal hoursWithoutCostRate) {

    public RetainerUsage {
        fee.requireSameCurrency(value);
        fee.requireSameCurrency(cost);
        hours = hours.setScale(2);
        hoursWithoutCostRate = hoursWithoutCostRate.setScale(2);
    }

    public static RetainerUsage against(Amount fee) {
        Amount zero = Amount.zero(fee.currency());
        return new RetainerUsage(fee, BigDecimal.ZERO, zero, zero, BigDecimal.ZERO);
    }

    /** Hours logged in the period, at their value and their cost (null on a card without a cost rate: no cost). */
    public RetainerUsage logging(BigDecimal logged, Amount atSellRate, Amount atCostRate) {
        return new RetainerUsage(fee, hours.add(logged), value.plus(atSellRate),
                atCostRate == null ? cost : cost.plus(atCostRate),
                atCostRate == null ? hoursWithoutCostRate.add(logged) : hoursWithoutCostRate);
    }

    /** The value used as a percentage of the fee, half-even to 2 decimals (billing keeps no retainer without a fee). */
    public BigDecimal usedPercent() {
        return value.percentOf(fee);
    }

    public boolean overServiced() {
        return value.compareTo(fee) > 0;
    }

    /** How much value beyond the fee was given; zero while within it. */
    public Amount overServicedBy() {
        return overServiced() ? value.minus(fee) : Amount.zero(fee.currency());
    }

    /** What the fee leaves once the hours' cost is paid. */
    public Amount margin() {
        return fee.minus(cost);
    }
}
