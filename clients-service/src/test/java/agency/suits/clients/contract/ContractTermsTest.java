package agency.suits.clients.contract;

import agency.suits.domain.money.Amount;
import agency.suits.events.clients.BillingPeriod;
import agency.suits.events.clients.ContractType;
import agency.suits.domain.Violation;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractTermsTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final Amount VALUE = Amount.of("120000.00", "EUR");
    private static final Retainer MONTHLY = new Retainer(Amount.of("10000.00", "EUR"), BillingPeriod.MONTHLY);

    private static List<String> fieldsRefused(ContractTerms terms) {
        RuleBroken refused = assertThrows(RuleBroken.class, terms::requireSignable);
        return refused.violations().stream().map(Violation::field).toList();
    }

    @Test
    void signsARetainerWithItsTerms() {
        assertDoesNotThrow(() -> new ContractTerms(ContractType.RETAINER, START, END, VALUE, MONTHLY, 3, 60)
                .requireSignable());
    }

    @Test
    void signsAProjectWithoutRetainerTerms() {
        assertDoesNotThrow(() -> new ContractTerms(ContractType.PROJECT, START, END, VALUE, null, 0, 0)
                .requireSignable());
    }

    @Test
    void aRetainerNeedsItsTermsAndAProjectRefusesThem() {
        assertEquals(List.of("retainer"),
                fieldsRefused(new ContractTerms(ContractType.RETAINER, START, END, VALUE, null, 3, 60)));
        assertEquals(List.of("retainer"),
                fieldsRefused(new ContractTerms(ContractType.PROJECT, START, END, VALUE, MONTHLY, 3, 60)));
    }

    @Test
    void aContractEndsAfterItStarts() {
        assertEquals(List.of("endsOn"),
                fieldsRefused(new ContractTerms(ContractType.PROJECT, END, START, VALUE, null, 3, 0)));
        assertEquals(List.of("endsOn"),
                fieldsRefused(new ContractTerms(ContractType.PROJECT, START, START, VALUE, null, 3, 0)));
    }

    @Test
    void theFeeIsInTheContractsCurrencyAndNotAboveItsValue() {
        assertEquals(List.of("retainer.feePerPeriod"), fieldsRefused(new ContractTerms(ContractType.RETAINER, START,
                END, VALUE, new Retainer(Amount.of("10.00", "USD"), BillingPeriod.MONTHLY), 3, 60)));
        assertEquals(List.of("retainer.feePerPeriod"), fieldsRefused(new ContractTerms(ContractType.RETAINER, START,
                END, VALUE, new Retainer(Amount.of("120000.01", "EUR"), BillingPeriod.QUARTERLY), 3, 60)));
    }

    @Test
    void theNoticePeriodFitsInsideTheContract() {
        assertEquals(List.of("noticePeriodDays"), fieldsRefused(new ContractTerms(ContractType.PROJECT, START,
                START.plusDays(30), VALUE, null, 3, 30)));
    }

    @Test
    void aContractOverlapsAnotherThatSharesOneOfItsDays() {
        ContractTerms year = new ContractTerms(ContractType.PROJECT, START, END, VALUE, null, 2, 30);
        assertTrue(year.overlaps(END, END.plusYears(1)));
        assertTrue(year.overlaps(START.minusYears(1), START));
        assertTrue(year.overlaps(START.plusMonths(3), START.plusMonths(4)));
        assertFalse(year.overlaps(END.plusDays(1), END.plusYears(1)));
        assertFalse(year.overlaps(START.minusYears(1), START.minusDays(1)));
        UUID other = UUID.randomUUID();
        WrongState refused = assertThrows(WrongState.class, () -> year.requireNoOverlap(other, END, END.plusYears(1)));
        assertTrue(refused.getMessage().contains("overlaps contract " + other), refused.getMessage());
        assertDoesNotThrow(() -> year.requireNoOverlap(other, END.plusDays(1), END.plusYears(1)));
    }
}
