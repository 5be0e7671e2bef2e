package agency.suits.billing.changeorder;

import agency.suits.domain.money.Amount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtraRoundPriceTest {

    @Test
    void isAPercentageOfTheBudgetRoundedHalfEvenToTheCent() {
        assertEquals("849.38", ExtraRoundPrice.of(Amount.of("8493.75", "EUR"), BigDecimal.TEN).text());
        assertEquals("0.12", ExtraRoundPrice.of(Amount.of("1.25", "EUR"), BigDecimal.TEN).text());   // 0.125 -> 0.12
        assertEquals("12.50", ExtraRoundPrice.of(Amount.of("100.00", "EUR"), new BigDecimal("12.5")).text());
    }
}
