package agency.suits.events.clients;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSettingTest {

    @Test
    void aValueIsWrittenOneWayWithTheSettingsDecimals() {
        assertEquals("4", RuleSetting.EXECUTIVE_ACCOUNT_CAP.canonical(" 4 "));
        assertEquals("4", RuleSetting.EXECUTIVE_ACCOUNT_CAP.canonical("4.00"));
        assertEquals("12.50", RuleSetting.EXTRA_ROUND_PERCENT.canonical("12.5"));
        assertEquals("0.00", RuleSetting.EXTRA_ROUND_PERCENT.canonical("0"));
    }

    @Test
    void aValueOutsideTheSettingsRangeOrNotAPlainNumberIsRefusedWithWhatItTakes() {
        for (String value : new String[] {"0", "51", "2.5", "-1", "+3", "1e1", "three", "", "1,000"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> RuleSetting.EXECUTIVE_ACCOUNT_CAP.canonical(value), value);
            assertTrue(refused.getMessage().contains("takes a whole number from 1 to 50"), refused.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> RuleSetting.EXTRA_ROUND_PERCENT.canonical("12.505"));
        assertThrows(IllegalArgumentException.class, () -> RuleSetting.EXTRA_ROUND_PERCENT.canonical("100.01"));
        assertThrows(IllegalArgumentException.class, () -> RuleSetting.AT_RISK_BELOW.canonical(null));
    }

    @Test
    void overdueStagesAreDifferentDaysWrittenAscending() {
        assertEquals("1,30,60", RuleSetting.OVERDUE_STAGES.canonical("60, 1,30"));
        assertEquals("14", RuleSetting.OVERDUE_STAGES.canonical("14"));
        for (String value : new String[] {"", "1,,30", "1,1", "0,30", "366", "1,2,3,4,5,6,7,8,9,10,11", "1;30"}) {
            assertThrows(IllegalArgumentException.class, () -> RuleSetting.OVERDUE_STAGES.canonical(value), value);
        }
    }

    @Test
    void limitsAreAnAmountPerCurrencyWrittenInCurrencyOrder() {
        assertEquals("EUR 5000.00,USD 6000.50", RuleSetting.SUPERVISOR_PAYABLE_LIMIT.canonical("USD 6000.5, EUR 5000"));
        assertEquals(java.util.Map.of("EUR", new java.math.BigDecimal("5000.00")),
                RuleValue.AmountsPerCurrency.of(RuleSetting.SUPERVISOR_INVOICE_LIMIT.canonical("EUR 5000")));
        for (String value : new String[] {"", "EUR", "eur 100", "EUR 0", "EUR 1.234", "EUR 5,EUR 6", "EUR -5"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> RuleSetting.SUPERVISOR_PAYABLE_LIMIT.canonical(value), value);
        }
    }

    @Test
    void anEventCarriesTheValueAsWritten() {
        assertThrows(IllegalArgumentException.class, () -> new RuleSettingChanged(UUID.randomUUID(),
                RuleSetting.EXTRA_ROUND_PERCENT, "12.5", Instant.EPOCH, "Dearer", UUID.randomUUID(), Instant.EPOCH));
        assertEquals("EXTRA_ROUND_PERCENT", new RuleSettingChanged(UUID.randomUUID(), RuleSetting.EXTRA_ROUND_PERCENT,
                "12.50", Instant.EPOCH, "Dearer", UUID.randomUUID(), Instant.EPOCH).subject());
    }
}
