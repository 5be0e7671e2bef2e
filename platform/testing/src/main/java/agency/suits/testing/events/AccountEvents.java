package agency.suits.testing.events;

import agency.suits.events.Money;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractTerm;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.RuleSetting;
import agency.suits.events.clients.RuleSettingChanged;
import agency.suits.events.clients.TeamMember;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** clients-service's events, built small, for services that keep the account copy. */
public final class AccountEvents {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final UUID CLIENTS_SERVICE_USER = UUID.fromString("00000000-0000-4000-8000-00000000c11e");

    private AccountEvents() {
    }

    /** A client code no other test uses ("T" and seven letters or digits). */
    public static String newClientCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            code.append(CODE_LETTERS.charAt(ThreadLocalRandom.current().nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    public static ClientRegistered registered(UUID clientId, String code, ClientStatus status) {
        return new ClientRegistered(clientId, code, "Client " + code, "Retail", status, CLIENTS_SERVICE_USER, now());
    }

    public static ClientUpdated statusChanged(UUID clientId, String code, ClientStatus status) {
        return new ClientUpdated(clientId, code, "Client " + code, "Retail", status, List.of(ClientField.STATUS),
                CLIENTS_SERVICE_USER, now());
    }

    /** The whole team as it now is, everyone of it joining. */
    public static AccountTeamChanged team(UUID clientId, List<TeamMember> members) {
        return new AccountTeamChanged(clientId, members, members, List.of(), CLIENTS_SERVICE_USER, now());
    }

    public static TeamMember member(UUID staffId, AccountRole role) {
        return new TeamMember(staffId, role, false);
    }

    public static TeamMember primarySupervisor(UUID staffId) {
        return new TeamMember(staffId, AccountRole.ACCOUNT_SUPERVISOR, true);
    }

    /** A project contract in force since last month, for a year, worth 120000.00 EUR. */
    public static ContractSigned projectContract(UUID clientId, int includedRevisionRounds) {
        LocalDate start = LocalDate.now().minusMonths(1);
        return new ContractSigned(UUID.randomUUID(), clientId, ContractType.PROJECT, start, start.plusYears(1),
                Money.of("120000.00", "EUR"), null, includedRevisionRounds, 30, null, CLIENTS_SERVICE_USER, now());
    }

    /** The contract amended to include {@code rounds} revision rounds from the given day, its other terms kept. */
    public static ContractAmended roundsAmended(ContractSigned signed, int rounds, LocalDate effectiveOn) {
        return new ContractAmended(signed.contractId(), signed.clientId(), UUID.randomUUID(), signed.contractType(),
                signed.startsOn(), signed.endsOn(), signed.value(), rounds, signed.noticePeriodDays(), effectiveOn,
                List.of(ContractTerm.INCLUDED_REVISION_ROUNDS), "Rounds renegotiated", CLIENTS_SERVICE_USER, now());
    }

    /** An ADMIN's change of a rule setting, as clients-service publishes it. */
    public static RuleSettingChanged ruleChanged(RuleSetting setting, String value, Instant effectiveFrom) {
        return new RuleSettingChanged(UUID.randomUUID(), setting, value, effectiveFrom.truncatedTo(ChronoUnit.MICROS),
                "Set by a test", UUID.randomUUID(), now());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
