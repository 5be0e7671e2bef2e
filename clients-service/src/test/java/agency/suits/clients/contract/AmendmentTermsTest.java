package agency.suits.clients.contract;

import agency.suits.domain.RuleBroken;
import agency.suits.domain.money.Amount;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.ContractTerm;
import agency.suits.events.clients.ContractType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmendmentTermsTest {

    private static final LocalDate START = LocalDate.parse("2026-01-01");
    private static final LocalDate END = LocalDate.parse("2026-12-31");
    private static final ContractTerms CURRENT = new ContractTerms(ContractType.RETAINER, START, END, eur("120000"),
            new Retainer(eur("10000"), BillingPeriod.MONTHLY), 3, 60);

    private static Amount eur(String amount) {
        return Amount.of(new BigDecimal(amount), "EUR");
    }

    @Test
    void changesOnlyTheTermsGivenAndNamesThem() {
        AmendmentTerms.Amended amended = new AmendmentTerms(LocalDate.parse("2026-06-01"), null,
                LocalDate.parse("2027-03-31"), 2, null).applyTo(CURRENT);
        assertEquals(List.of(ContractTerm.ENDS_ON, ContractTerm.INCLUDED_REVISION_ROUNDS), amended.changed());
        assertEquals(LocalDate.parse("2027-03-31"), amended.terms().endsOn());
        assertEquals(2, amended.terms().includedRevisionRounds());
        assertEquals(60, amended.terms().noticePeriodDays());
        assertEquals(0, amended.terms().value().compareTo(eur("120000")));
    }

    @Test
    void takesEffectOnlyOnADayTheContractRuns() {
        for (String day : List.of("2025-12-31", "2027-01-01")) {
            RuleBroken refused = assertThrows(RuleBroken.class, () -> new AmendmentTerms(LocalDate.parse(day), null,
                    null, 2, null).applyTo(CURRENT));
            assertEquals("effectiveOn", refused.violations().get(0).field());
        }
        new AmendmentTerms(START, null, null, 2, null).applyTo(CURRENT);
        new AmendmentTerms(END, null, null, 2, null).applyTo(CURRENT);
    }

    @Test
    void refusesAnEndBeforeItTakesEffectAValueInAnotherCurrencyAndNoChange() {
        assertThrows(RuleBroken.class, () -> new AmendmentTerms(LocalDate.parse("2026-06-01"), null,
                LocalDate.parse("2026-05-31"), null, null).applyTo(CURRENT));
        assertThrows(RuleBroken.class, () -> new AmendmentTerms(START, Amount.of(BigDecimal.TEN, "USD"), null, null,
                null).applyTo(CURRENT));
        RuleBroken nothing = assertThrows(RuleBroken.class, () -> new AmendmentTerms(START, eur("120000.00"), END, 3,
                60).applyTo(CURRENT));
        assertTrue(nothing.getMessage().contains("changes nothing"));
    }

    @Test
    void keepsTheSigningRules() {
        // the fee may not exceed the value, nor the notice the contract's length
        assertThrows(RuleBroken.class, () -> new AmendmentTerms(START, eur("5000"), null, null, null)
                .applyTo(CURRENT));
        assertThrows(RuleBroken.class, () -> new AmendmentTerms(START, null, START.plusDays(30), null, null)
                .applyTo(CURRENT));
    }

    @Test
    void aTerminationEndsTheContractFromTodayOrItsStartToItsEnd() {
        LocalDate today = LocalDate.parse("2026-06-15");
        TerminationRules.requireEndable(START, END, today, today);
        TerminationRules.requireEndable(START, END, END, today);
        assertThrows(RuleBroken.class, () -> TerminationRules.requireEndable(START, END, today.minusDays(1), today));
        assertThrows(RuleBroken.class, () -> TerminationRules.requireEndable(START, END, END.plusDays(1), today));
        // a contract not started yet ends on its first day at the earliest
        LocalDate later = LocalDate.parse("2027-01-01");
        assertThrows(RuleBroken.class, () -> TerminationRules.requireEndable(later, later.plusYears(1), today,
                today));
        TerminationRules.requireEndable(later, later.plusYears(1), later, today);
    }
}
