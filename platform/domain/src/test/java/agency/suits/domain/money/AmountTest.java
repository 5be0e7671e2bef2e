package agency.suits.domain.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountTest {

    @Test
    void holdsEveryAmountAtTheCurrencysMinorUnits() {
        assertEquals("1250.00", Amount.of("1250", "EUR").text());
        assertEquals("1250.00", Amount.of("1250.0000", "EUR").text());
        assertEquals("1250", Amount.of("1250", "JPY").text());
        assertEquals("1.250", Amount.of("1.25", "BHD").text());
    }

    @Test
    void refusesEnteredFiguresFinerThanTheMinorUnits() {
        MoneyException cents = assertThrows(MoneyException.class, () -> Amount.of("10.005", "EUR"));
        assertTrue(cents.getMessage().contains("EUR has 2 minor units"), cents.getMessage());
        assertThrows(MoneyException.class, () -> Amount.of("10.5", "JPY"));
    }

    @Test
    void refusesWhatIsNotACurrencyOrNotADecimal() {
        assertThrows(MoneyException.class, () -> Amount.of("1.00", "EUX"));
        assertThrows(MoneyException.class, () -> Amount.of("1.00", "eur"));
        assertThrows(MoneyException.class, () -> Amount.of("1.00", "XAU"));
        assertThrows(MoneyException.class, () -> Amount.of("1,00", "EUR"));
    }

    @Test
    void roundsComputedFiguresHalfEvenToTheCent() {
        // 0.125 h at 100.00 = 12.50 exactly; 7.5 h at 0.33 = 2.475 -> 2.48 (8 is even); 2.465 -> 2.46 (6 is even)
        assertEquals("12.50", Amount.of("100.00", "EUR").times(new BigDecimal("0.125")).text());
        assertEquals("2.48", Amount.of("0.33", "EUR").times(new BigDecimal("7.5")).text());
        assertEquals("2.46", Amount.of("0.29", "EUR").times(new BigDecimal("8.5")).text());
        assertEquals("2.46", Amount.computed(new BigDecimal("2.465"), "EUR").text());
        assertEquals("2.48", Amount.computed(new BigDecimal("2.475"), "EUR").text());
        assertEquals("124", Amount.of("123", "JPY").times(new BigDecimal("1.005")).text());
    }

    @Test
    void addsAndSubtractsExactlyWhereDoublesWouldDrift() {
        Amount sum = Amount.zero("EUR");
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Amount.of("0.10", "EUR"));
        }
        assertEquals(Amount.of("1.00", "EUR"), sum);
        assertEquals("-0.01", Amount.of("1.00", "EUR").minus(Amount.of("1.01", "EUR")).text());
    }

    @Test
    void neverMixesCurrencies() {
        MoneyException mixed = assertThrows(MoneyException.class,
                () -> Amount.of("1.00", "EUR").plus(Amount.of("1.00", "USD")));
        assertEquals("cannot combine EUR with USD", mixed.getMessage());
    }

    @Test
    void percentagesAreExactThresholdsAndRoundedBurn() {
        Amount budget = Amount.of("1000.00", "EUR");
        assertEquals(new BigDecimal("81.25"), Amount.of("812.50", "EUR").percentOf(budget));
        assertEquals(new BigDecimal("33.33"), Amount.of("1.00", "EUR").percentOf(Amount.of("3.00", "EUR")));
        assertNull(Amount.of("1.00", "EUR").percentOf(Amount.zero("EUR")));
        assertTrue(Amount.of("800.00", "EUR").reaches(80, budget));
        assertFalse(Amount.of("799.99", "EUR").reaches(80, budget));
        assertTrue(Amount.of("1000.00", "EUR").reaches(100, budget));
    }

    @Test
    void travelsAsTheEventsWireMoney() {
        assertEquals("1250.00 EUR", Amount.of("1250", "EUR").toWire().toString());
        assertEquals(Amount.of("12.30", "EUR"), Amount.fromWire(agency.suits.events.Money.of("12.3", "EUR")));
    }
}
