package agency.suits.clients.contract;

import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.money.Amount;
import agency.suits.events.clients.ContractTerm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an amendment changes, each term left null where it stays, and the rules of amending: it takes effect on a
 * day the contract runs (not before its start, not after its end), an amended end is not before that day, the value
 * stays in the contract's currency, something actually changes, and the amended terms still keep every signing rule
 * (a retainer fee never above the value, a notice period shorter than the contract).
 */
public record AmendmentTerms(LocalDate effectiveOn, Amount value, LocalDate endsOn, Integer includedRevisionRounds,
                             Integer noticePeriodDays) {

    /** The contract's terms after the amendment, and which of them it changed. */
    public record Amended(ContractTerms terms, List<ContractTerm> changed) {
    }

    /** @throws RuleBroken naming every rule the amendment breaks */
    public Amended applyTo(ContractTerms current) {
        List<Violation> errors = new ArrayList<>();
        if (effectiveOn.isBefore(current.startsOn()) || effectiveOn.isAfter(current.endsOn())) {
            errors.add(new Violation("effectiveOn", "must be a day the contract runs, from " + current.startsOn()
                    + " to " + current.endsOn()));
        }
        if (endsOn != null && endsOn.isBefore(effectiveOn)) {
            errors.add(new Violation("endsOn", "cannot be before the amendment takes effect (" + effectiveOn + ")"));
        }
        if (value != null && !value.sameCurrencyAs(current.value())) {
            errors.add(new Violation("value", "must be in the contract's currency " + current.value().currency()));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken("The amendment cannot be made", errors);
        }
        ContractTerms amended = new ContractTerms(current.type(), current.startsOn(), or(endsOn, current.endsOn()),
                or(value, current.value()), current.retainer(),
                or(includedRevisionRounds, current.includedRevisionRounds()),
                or(noticePeriodDays, current.noticePeriodDays()));
        List<ContractTerm> changed = changes(current, amended);
        if (changed.isEmpty()) {
            throw new RuleBroken("The amendment changes nothing", List.of(new Violation("terms",
                    "give at least one of value, endsOn, includedRevisionRounds, noticePeriodDays that differs "
                            + "from the contract's")));
        }
        return new Amended(amended.requireSignable(), changed);
    }

    private static List<ContractTerm> changes(ContractTerms before, ContractTerms after) {
        List<ContractTerm> changed = new ArrayList<>();
        if (before.value().compareTo(after.value()) != 0) {
            changed.add(ContractTerm.VALUE);
        }
        if (!before.endsOn().equals(after.endsOn())) {
            changed.add(ContractTerm.ENDS_ON);
        }
        if (before.includedRevisionRounds() != after.includedRevisionRounds()) {
            changed.add(ContractTerm.INCLUDED_REVISION_ROUNDS);
        }
        if (before.noticePeriodDays() != after.noticePeriodDays()) {
            changed.add(ContractTerm.NOTICE_PERIOD_DAYS);
        }
        return changed;
    }

    private static <T> T or(T given, T current) {
        return Objects.requireNonNullElse(given, current);
    }
}
