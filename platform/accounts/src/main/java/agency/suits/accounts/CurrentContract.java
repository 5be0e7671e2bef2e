package agency.suits.accounts;

import agency.suits.events.Money;
import agency.suits.events.clients.ContractType;

import java.time.LocalDate;
import java.util.UUID;

/** The terms of a client's current contract that other services act on: its type, value and included rounds. */
public record CurrentContract(UUID id, ContractType type, LocalDate startsOn, LocalDate endsOn, Money value,
                              int includedRevisionRounds) {
}
