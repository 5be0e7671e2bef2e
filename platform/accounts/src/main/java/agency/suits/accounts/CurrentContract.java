package agency.suits.accounts;

import agency.suits.events.Money;
import agency.suits.events.clients.ContractType;

import java.time.LocalDate;
import java.util.UUID;

/** The terms of a client's contract that other services act on: its type, dates, value and included rounds. */
public record CurrentContract(UUID id, ContractType type, LocalDate startsOn, LocalDate endsOn, Money value,
                              int includedRevisionRounds) {

    /** In force from its start date to its end date, both included. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
