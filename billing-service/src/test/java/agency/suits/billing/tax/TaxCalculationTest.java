package agency.suits.billing.tax;

import agency.suits.domain.money.Amount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TaxCalculationTest {

    @Test
    void eachRateIsRoundedOnceOnTheInvoiceAndTheLinesShareIt() {
        // 21%: 237.50 + 33.33 = 270.83 -> 56.8743 -> 56.87; exact shares 49.875 and 6.9993 cut to 49.87 and 6.99,
        // the cent left goes to the larger remainder (0.0093); 9%: 100.01 -> 9.0009 -> 9.00
        List<Amount> taxes = TaxCalculation.taxes(List.of(line("237.50", "21"), line("33.33", "21"),
                line("100.01", "9")));
        assertEquals(List.of(eur("49.87"), eur("7.00"), eur("9.00")), taxes);
    }

    @Test
    void halfACentOnTheWholeRateIsRoundedHalfEven() {
        // 19% of 0.50 + 0.50 = 0.19 exactly; 19% of 0.25 = 0.0475 -> 0.05 on its own
        assertEquals(List.of(eur("0.10"), eur("0.09")), TaxCalculation.taxes(List.of(line("0.50", "19"),
                line("0.50", "19"))));
        assertEquals(List.of(eur("0.05")), TaxCalculation.taxes(List.of(line("0.25", "19"))));
        // 10% of 0.25 = 0.025 -> 0.02 (half-even: 2 is even)
        assertEquals(List.of(eur("0.02")), TaxCalculation.taxes(List.of(line("0.25", "10"))));
    }

    @Test
    void noTaxIsZeroAndCurrenciesKeepTheirMinorUnits() {
        assertEquals(List.of(eur("0.00")), TaxCalculation.taxes(List.of(line("1000.00", "0"))));
        // 10% of 3 x 995 JPY = 298.5 -> 298 (half-even); the yen left after 99 + 99 + 99 goes to the first line
        TaxCalculation.Line yen = new TaxCalculation.Line(Amount.of("995", "JPY"), new BigDecimal("10"));
        assertEquals(List.of(Amount.of("100", "JPY"), Amount.of("99", "JPY"), Amount.of("99", "JPY")),
                TaxCalculation.taxes(List.of(yen, yen, yen)));
    }

    private static TaxCalculation.Line line(String net, String percent) {
        return new TaxCalculation.Line(eur(net), new BigDecimal(percent));
    }

    private static Amount eur(String amount) {
        return Amount.of(amount, "EUR");
    }
}
