package agency.suits.billing.retainer;

import agency.suits.domain.money.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetainerUsageTest {

    private static Amount eur(String amount) {
        return Amount.of(amount, "EUR");
    }

    @ParameterizedTest
    @CsvSource({
            "1000.00, 999.99, 100.00, false, 0.00", // a cent under: within, though it rounds to 100%
            "1000.00, 1000.00, 100.00, false, 0.00", // exactly the fee is not over-serviced
            "1000.00, 1000.01, 100.00, true, 0.01", // a cent over is
            "1000.00, 1250.00, 125.00, true, 250.00",
            "1000.00, 0.00, 0.00, false, 0.00"
    })
    void usedPercentAndOverServicing(String fee, String value, String percent, boolean over, String overBy) {
        RetainerUsage usage = RetainerUsage.against(eur(fee)).logging(BigDecimal.ONE, eur(value), eur("0.00"));
        assertEquals(new BigDecimal(percent), usage.usedPercent());
        assertEquals(over, usage.overServiced());
        assertEquals(eur(overBy), usage.overServicedBy());
    }

    @Test
    void hoursValueAndCostAddUpAndUncostedHoursCostNothing() {
        RetainerUsage usage = RetainerUsage.against(eur("2000.00"))
                .logging(new BigDecimal("10.5"), eur("1260.00"), eur("583.28"))
                .logging(new BigDecimal("2"), eur("240.00"), null);
        assertEquals(new BigDecimal("12.50"), usage.hours());
        assertEquals(eur("1500.00"), usage.value());
        assertEquals(eur("583.28"), usage.cost());
        assertEquals(new BigDecimal("2.00"), usage.hoursWithoutCostRate());
        assertEquals(eur("1416.72"), usage.margin());
        assertEquals(new BigDecimal("75.00"), usage.usedPercent());
    }
}
