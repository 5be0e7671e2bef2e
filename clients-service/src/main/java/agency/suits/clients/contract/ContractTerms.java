package agency.suits.clients.contract;

import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.Violation;
import agency.suits.domain.money.Amount;
import agency.suits.events.clients.ContractType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The terms of a contract and the rules that make them signable: it ends after it starts, retainer terms come with
 * retainers and only with them (billing invoices a retainer per period from them), the fee is in the contract's
 * currency and never above its value, and the notice period fits inside the contract.
 */
public record ContractTerms(ContractType type, LocalDate startsOn, LocalDate endsOn, Amount value,
                            Retainer retainer, int includedRevisionRounds, int noticePeriodDays) {

    /** @throws RuleBroken naming every rule the terms break */
    public ContractTerms requireSignable() {
        List<Violation> errors = new ArrayList<>();
        if (!endsOn.isAfter(startsOn)) {
            errors.add(new Violation("endsOn", "must be after startsOn"));
        }
        if (type == ContractType.RETAINER && retainer == null) {
            errors.add(new Violation("retainer", "is required for a RETAINER contract"));
        }
        if (type == ContractType.PROJECT && retainer != null) {
            errors.add(new Violation("retainer", "is only for RETAINER contracts"));
        }
        if (retainer != null && !retainer.feePerPeriod().sameCurrencyAs(value)) {
            errors.add(new Violation("retainer.feePerPeriod", "must be in the contract's currency "
                    + value.currency()));
        } else if (retainer != null && retainer.feePerPeriod().compareTo(value) > 0) {
            errors.add(new Violation("retainer.feePerPeriod", "cannot exceed the contract's value"));
        }
        if (endsOn.isAfter(startsOn) && noticePeriodDays >= ChronoUnit.DAYS.between(startsOn, endsOn)) {
            errors.add(new Violation("noticePeriodDays", "must be shorter than the contract"));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken("The contract terms cannot be signed", errors);
        }
        return this;
    }

    /** Whether these terms share a day with a contract running from {@code otherStart} to {@code otherEnd}. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !startsOn.isAfter(otherEnd) && !endsOn.isBefore(otherStart);
    }

    /**
     * A client has one contract in force on any day: what it pays, and how many rounds a job includes, must have one
     * answer (DOMAIN.md).
     *
     * @throws WrongState naming the contract these terms clash with
     */
    public ContractTerms requireNoOverlap(UUID otherId, LocalDate otherStart, LocalDate otherEnd) {
        if (overlaps(otherStart, otherEnd)) {
            throw new WrongState("A contract from " + startsOn + " to " + endsOn + " overlaps contract " + otherId
                    + ", which runs from " + otherStart + " to " + otherEnd + "; a client has one contract in force"
                    + " on any day", "start it after " + otherEnd, "renew contract " + otherId);
        }
        return this;
    }
}
