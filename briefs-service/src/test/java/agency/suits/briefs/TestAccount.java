package agency.suits.briefs;

import agency.suits.accounts.Accounts;
import agency.suits.accounts.KnownClient;
import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.events.Money;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.TeamMember;
import agency.suits.security.Role;
import agency.suits.testing.Tokens;
import agency.suits.testing.TopicProducer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * A client with its whole account team, put into the service's copy the way clients-service would: by publishing
 * ClientRegistered, AccountTeamChanged and (optionally) ContractSigned on the real suits.clients topic, then waiting
 * until the copy shows them.
 */
public final class TestAccount {

    public final UUID clientId = UUID.randomUUID();
    public final String code = randomCode();
    public final UUID executive = UUID.randomUUID();
    public final UUID planner = UUID.randomUUID();
    public final UUID coordinator = UUID.randomUUID();
    public final UUID supervisor = UUID.randomUUID();
    public final UUID secondSupervisor = UUID.randomUUID();
    private final Accounts accounts;
    private ClientStatus status;
    private List<TeamMember> team;

    private TestAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * An ACTIVE client whose contract includes two revision rounds; its team has no planner, so the AE writes the
     * whole brief ({@link #planner} is on no team of it).
     */
    public static TestAccount active(Accounts accounts) {
        return register(accounts, ClientStatus.ACTIVE, 2);
    }

    /** An ACTIVE client with two included rounds whose team has a planner: the planner's sections are theirs. */
    public static TestAccount withPlanner(Accounts accounts) {
        return register(accounts, ClientStatus.ACTIVE, 2, true);
    }

    public static TestAccount register(Accounts accounts, ClientStatus status, Integer includedRevisionRounds) {
        return register(accounts, status, includedRevisionRounds, false);
    }

    public static TestAccount register(Accounts accounts, ClientStatus status, Integer includedRevisionRounds,
                                       boolean withPlanner) {
        TestAccount account = new TestAccount(accounts);
        account.status = status;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID clientsPerson = UUID.randomUUID();
        publish(new ClientRegistered(account.clientId, account.code, "Client " + account.code, "Retail", status,
                clientsPerson, now));
        List<TeamMember> team = new ArrayList<>(List.of(
                new TeamMember(account.executive, AccountRole.ACCOUNT_EXECUTIVE, false),
                new TeamMember(account.coordinator, AccountRole.ACCOUNT_COORDINATOR, false),
                new TeamMember(account.supervisor, AccountRole.ACCOUNT_SUPERVISOR, true),
                new TeamMember(account.secondSupervisor, AccountRole.ACCOUNT_SUPERVISOR, false)));
        if (withPlanner) {
            team.add(new TeamMember(account.planner, AccountRole.ACCOUNT_PLANNER, false));
        }
        account.team = List.copyOf(team);
        publish(new AccountTeamChanged(account.clientId, team, team, List.of(), clientsPerson, now));
        if (includedRevisionRounds != null) {
            LocalDate start = LocalDate.now().minusMonths(1);
            publish(new ContractSigned(UUID.randomUUID(), account.clientId, ContractType.PROJECT, start,
                    start.plusYears(1), Money.of("120000.00", "EUR"), null, includedRevisionRounds, 30, null,
                    clientsPerson, now));
        }
        account.await(known -> known.status() == status
                && (includedRevisionRounds == null || !known.contracts().isEmpty()));
        Instant deadline = Instant.now().plusSeconds(30);
        while (accounts.team(account.clientId).size() < team.size()) {
            pauseOrFail(deadline, "team of " + account.code);
        }
        return account;
    }

    /** Signs another contract of the client, from that day for a year, and waits until the copy holds it. */
    public void signContract(LocalDate startsOn, int includedRevisionRounds) {
        UUID contract = UUID.randomUUID();
        publish(new ContractSigned(contract, clientId, ContractType.PROJECT, startsOn, startsOn.plusYears(1),
                Money.of("90000.00", "EUR"), null, includedRevisionRounds, 30, null, UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        await(known -> known.contracts().stream().anyMatch(signed -> signed.id().equals(contract)));
    }

    /** The planner joins the team (as clients-service announces it) and the copy shows them on it. */
    public void addPlanner() {
        TeamMember joining = new TeamMember(planner, AccountRole.ACCOUNT_PLANNER, false);
        List<TeamMember> after = new ArrayList<>(team);
        after.add(joining);
        publish(new AccountTeamChanged(clientId, after, List.of(joining), List.of(), UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        team = List.copyOf(after);
        Instant deadline = Instant.now().plusSeconds(30);
        while (accounts.team(clientId).stream().noneMatch(member -> member.staffId().equals(planner))) {
            pauseOrFail(deadline, "planner on the team of " + code);
        }
    }

    public void changeStatus(ClientStatus newStatus) {
        publish(new ClientUpdated(clientId, code, "Client " + code, "Retail", newStatus, List.of(ClientField.STATUS),
                null, Instant.now().truncatedTo(ChronoUnit.MICROS)));
        status = newStatus;
        await(known -> known.status() == newStatus);
    }

    public String asExecutive() {
        return Tokens.bearer(executive, Role.ACCOUNT_EXECUTIVE);
    }

    public String asPlanner() {
        return Tokens.bearer(planner, Role.ACCOUNT_PLANNER);
    }

    public String asCoordinator() {
        return Tokens.bearer(coordinator, Role.ACCOUNT_COORDINATOR);
    }

    public String asSupervisor() {
        return Tokens.bearer(supervisor, Role.ACCOUNT_SUPERVISOR);
    }

    public String asSecondSupervisor() {
        return Tokens.bearer(secondSupervisor, Role.ACCOUNT_SUPERVISOR);
    }

    /** A director: not on the team, sees the whole book. */
    public static String asDirector() {
        return Tokens.bearer(UUID.randomUUID(), Role.ACCOUNT_DIRECTOR);
    }

    /** Someone with the role who is on no team of this client. */
    public static String asOutsider(Role role) {
        return Tokens.bearer(UUID.randomUUID(), role);
    }

    private void await(Predicate<KnownClient> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            Optional<KnownClient> known = accounts.client(clientId);
            if (known.isPresent() && condition.test(known.get())) {
                return;
            }
            pauseOrFail(deadline, "client " + code + " in the copy");
        }
    }

    private static void pauseOrFail(Instant deadline, String what) {
        if (Instant.now().isAfter(deadline)) {
            throw new AssertionError("Timed out waiting for " + what);
        }
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static void publish(EventPayload payload) {
        TopicProducer.send(payload.eventType().topic(), payload.subject(),
                EventJson.write(CloudEvent.of("/suits/test", payload)));
    }

    private static String randomCode() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            code.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return code.toString();
    }

}
