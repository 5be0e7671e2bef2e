package agency.suits.billing.margin;

import agency.suits.domain.money.Amount;
import agency.suits.domain.money.MoneyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarginFigureTest {

    private static Amount eur(String amount) {
        return Amount.of(amount, "EUR");
    }

    @Test
    void revenueIsInvoicedPlusBillableAndCostIsTimePlusVendors() {
        MarginFigure figure = MarginFigure.zero("EUR").invoicing(eur("970.01")).billing(eur("180.00"))
                .costingHours(new BigDecimal("7.25"), eur("402.74")).costingHours(new BigDecimal("1.5"), eur("83.32"))
                .costingVendor(eur("100.01")).costingVendor(eur("50.00"));
        assertEquals(eur("1150.01"), figure.revenue());
        assertEquals(eur("486.06"), figure.timeCost());
        assertEquals(eur("636.07"), figure.cost());
        assertEquals(eur("513.94"), figure.margin());
        assertEquals(new BigDecimal("44.69"), figure.marginPercent());
    }

    @Test
    void hoursWithoutACostRateCostNothingAndAreCounted() {
        MarginFigure figure = MarginFigure.zero("EUR").billing(eur("100.00"))
                .costingHours(new BigDecimal("2.5"), null);
        assertEquals(eur("0.00"), figure.cost());
        assertEquals(new BigDecimal("2.50"), figure.hoursWithoutCostRate());
    }

    @Test
    void noRevenueHasNoPercent() {
        MarginFigure figure = MarginFigure.zero("EUR").costingVendor(eur("10.00"));
        assertEquals(eur("-10.00"), figure.margin());
        assertNull(figure.marginPercent());
    }

    @ParameterizedTest
    @CsvSource({
            "100.00, 50.00, 50.00", // half
            "100.00, 100.00, 0.00", // break even
            "100.00, 150.00, -50.00", // a loss
            "3.00, 2.00, 33.33", // a third, half-even
            "8.00, 7.99, 0.12" // 0.125 %: half-even rounds to the even 0.12
    })
    void marginPercentOfRevenue(String revenue, String cost, String percent) {
        MarginFigure figure = MarginFigure.zero("EUR").invoicing(eur(revenue)).costingVendor(eur(cost));
        assertEquals(new BigDecimal(percent), figure.marginPercent());
    }

    @Test
    void twoFiguresAddUpInOneCurrencyAndNeverAcrossTwo() {
        MarginFigure first = MarginFigure.zero("EUR").invoicing(eur("100.10")).costingHours(BigDecimal.ONE, null);
        MarginFigure second = MarginFigure.zero("EUR").billing(eur("0.01")).costingVendor(eur("40.00"))
                .costingHours(new BigDecimal("0.5"), null);
        MarginFigure sum = first.plus(second);
        assertEquals(eur("100.11"), sum.revenue());
        assertEquals(eur("60.11"), sum.margin());
        assertEquals(new BigDecimal("1.50"), sum.hoursWithoutCostRate());
        MarginFigure dollars = MarginFigure.zero("USD").invoicing(Amount.of("5.00", "USD"));
        assertThrows(MoneyException.class, () -> first.plus(dollars));
    }
}
