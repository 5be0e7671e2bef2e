package agency.suits.events.samples;

import agency.suits.events.EventType;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.events.clients.ContractTerm;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.HealthSignal;
import agency.suits.events.clients.RiskReason;
import agency.suits.events.clients.RuleSetting;
import agency.suits.events.clients.RuleSettingChanged;
import agency.suits.events.clients.TeamMember;

import java.time.LocalDate;
import java.util.List;

import static agency.suits.events.samples.Acme.ALICE_EXECUTIVE;
import static agency.suits.events.samples.Acme.BOB_SUPERVISOR;
import static agency.suits.events.samples.Acme.CAROL_DIRECTOR;
import static agency.suits.events.samples.Acme.CLIENT_CODE;
import static agency.suits.events.samples.Acme.CLIENT_ID;
import static agency.suits.events.samples.Acme.CONTRACT_ID;
import static agency.suits.events.samples.Acme.DAN_PLANNER;
import static agency.suits.events.samples.Acme.at;
import static agency.suits.events.samples.Acme.eur;
import static agency.suits.events.samples.Acme.id;

public final class ClientSamples {

    public static final TeamMember BOB_PRIMARY = new TeamMember(BOB_SUPERVISOR, AccountRole.ACCOUNT_SUPERVISOR, true);
    public static final TeamMember ALICE = new TeamMember(ALICE_EXECUTIVE, AccountRole.ACCOUNT_EXECUTIVE, false);
    public static final TeamMember DAN = new TeamMember(DAN_PLANNER, AccountRole.ACCOUNT_PLANNER, false);

    private ClientSamples() {
    }

    public static ClientRegistered acmeRegistered() {
        return new ClientRegistered(CLIENT_ID, CLIENT_CODE, "ACME Sporting Goods", "Sportswear", ClientStatus.PROSPECT,
                CAROL_DIRECTOR, at("2025-11-03T09:12:44.123456Z"));
    }

    public static ClientUpdated acmeBecameActive() {
        return new ClientUpdated(CLIENT_ID, CLIENT_CODE, "ACME Sporting Goods GmbH", "Sportswear",
                ClientStatus.ACTIVE, List.of(ClientField.NAME, ClientField.STATUS), BOB_SUPERVISOR,
                at("2025-12-15T14:05:00Z"));
    }

    public static AccountTeamChanged danJoinsAcme() {
        return new AccountTeamChanged(CLIENT_ID, List.of(BOB_PRIMARY, ALICE, DAN), List.of(DAN), List.of(),
                CAROL_DIRECTOR, at("2026-01-05T08:00:00Z"));
    }

    public static ContractRenewalDue acmeRetainerRenewalDue() {
        return new ContractRenewalDue(CONTRACT_ID, CLIENT_ID, ContractType.RETAINER, eur("240000.00"),
                LocalDate.parse("2026-12-31"), LocalDate.parse("2026-11-01"), 60, at("2026-11-01T02:00:00Z"));
    }

    public static ContractAmended acmeRetainerAmended() {
        return new ContractAmended(CONTRACT_ID, CLIENT_ID, id("amendment:acme-2026-1"), ContractType.RETAINER,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2027-03-31"), eur("270000.00"), 2, 60,
                LocalDate.parse("2026-07-01"), List.of(ContractTerm.VALUE, ContractTerm.ENDS_ON,
                ContractTerm.INCLUDED_REVISION_ROUNDS), "Scope extended to the spring 2027 launch", BOB_SUPERVISOR,
                at("2026-06-20T10:30:00Z"));
    }

    public static ContractTerminated acmeRetainerTerminated() {
        return new ContractTerminated(CONTRACT_ID, CLIENT_ID, ContractType.RETAINER, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-09-30"), LocalDate.parse("2026-12-31"), "ACME moved its account in-house",
                CAROL_DIRECTOR, at("2026-08-14T15:00:00Z"));
    }

    public static ClientAtRisk acmeAtRisk() {
        return new ClientAtRisk(CLIENT_ID, 38, 61, 50, List.of(
                new RiskReason(HealthSignal.WORK_REJECTED, 15, "Round 2 of ACME-2026-0042 rejected",
                        id("event:feedback-returned"), EventType.FEEDBACK_RETURNED.type(), at("2026-04-02T16:40:00Z")),
                new RiskReason(HealthSignal.INVOICE_OVERDUE, 8, "INV-2026-0113 is 30 days overdue",
                        id("event:invoice-overdue"), EventType.INVOICE_OVERDUE.type(), at("2026-04-03T02:00:00Z")),
                new RiskReason(HealthSignal.NO_RECENT_INTERACTION, 5, "No meeting or call logged in 21 days",
                        null, null, at("2026-04-03T02:00:00Z"))),
                at("2026-04-03T02:00:01Z"));
    }

    public static RuleSettingChanged capRaisedForTheNewYear() {
        return new RuleSettingChanged(id("rule-change:cap-2027"), RuleSetting.EXECUTIVE_ACCOUNT_CAP, "4",
                at("2027-01-01T00:00:00Z"), "Two executives joined; accounts are shared out again",
                id("staff:ada-admin"), at("2026-12-03T09:15:00Z"));
    }
}
