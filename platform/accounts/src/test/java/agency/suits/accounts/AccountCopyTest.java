package agency.suits.accounts;

import agency.suits.events.CloudEvent;
import agency.suits.events.EventJson;
import agency.suits.events.EventPayload;
import agency.suits.events.Money;
import agency.suits.events.Topics;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractTerm;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.TeamMember;
import agency.suits.security.Role;
import agency.suits.testing.TopicProducer;
import agency.suits.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AccountCopyTest {

    private static final UUID DIRECTOR = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final UUID client = UUID.randomUUID();
    private final UUID executive = UUID.randomUUID();
    private final UUID supervisor = UUID.randomUUID();
    private final UUID otherExecutive = UUID.randomUUID();

    @Test
    void copyFollowsTheClientsEvents() {
        registerWithTeamAndContract();

        asDirector().body("client.code", equalTo("ACME"))
                .body("client.status", equalTo("ACTIVE"))
                .body("contract.includedRevisionRounds", equalTo(2))
                .body("contract.value.amount", equalTo("120000.00"))
                .body("contract.value.currency", equalTo("EUR"))
                .body("team.role", containsInAnyOrder("ACCOUNT_EXECUTIVE", "ACCOUNT_SUPERVISOR"));
    }

    @Test
    void teamMembersAndTheWholeBookSeeTheClientOthersGetNotFound() {
        registerWithTeamAndContract();

        get(executive, Role.ACCOUNT_EXECUTIVE).statusCode(200).body("client.name", equalTo("Acme Drinks"));
        get(UUID.randomUUID(), Role.FINANCE).statusCode(200);
        get(otherExecutive, Role.ACCOUNT_EXECUTIVE).statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void aTeamChangeReplacesTheWholeTeam() {
        registerWithTeamAndContract();
        publish(new AccountTeamChanged(client, List.of(new TeamMember(otherExecutive, AccountRole.ACCOUNT_EXECUTIVE,
                false)), List.of(new TeamMember(otherExecutive, AccountRole.ACCOUNT_EXECUTIVE, false)),
                List.of(new TeamMember(executive, AccountRole.ACCOUNT_EXECUTIVE, false)), DIRECTOR,
                T0.plusSeconds(60)));

        awaitAsDirector(response -> response.extract().jsonPath().getList("team.staffId").size() == 1);
        get(executive, Role.ACCOUNT_EXECUTIVE).statusCode(404);
        get(otherExecutive, Role.ACCOUNT_EXECUTIVE).statusCode(200);
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerOne() {
        registerWithTeamAndContract();
        publish(updated(ClientStatus.PAUSED, T0.plusSeconds(120)));
        awaitAsDirector(response -> "PAUSED".equals(response.extract().path("client.status")));
        publish(updated(ClientStatus.ACTIVE, T0.plusSeconds(60)));
        publish(contract(UUID.randomUUID(), TODAY.minusYears(2), 9));
        // a marker after both: once it is applied, the late events before it have been handled
        publish(new ClientUpdated(client, "ACME", "Acme Drinks Ltd", null, ClientStatus.PAUSED,
                List.of(ClientField.NAME), DIRECTOR, T0.plusSeconds(180)));

        awaitAsDirector(response -> "Acme Drinks Ltd".equals(response.extract().path("client.name")))
                .body("client.status", equalTo("PAUSED"))
                .body("contract.includedRevisionRounds", equalTo(2));
    }

    @Test
    void aStaleTeamArrivingLateDoesNotGiveARemovedPersonTheirAccessBack() {
        registerWithTeamAndContract();
        List<TeamMember> withoutExecutive = List.of(new TeamMember(supervisor, AccountRole.ACCOUNT_SUPERVISOR, true));
        publish(new AccountTeamChanged(client, withoutExecutive, List.of(),
                List.of(new TeamMember(executive, AccountRole.ACCOUNT_EXECUTIVE, false)), DIRECTOR,
                T0.plusSeconds(120)));
        awaitAsDirector(response -> response.extract().jsonPath().getList("team").size() == 1);
        List<TeamMember> oldTeam = List.of(new TeamMember(executive, AccountRole.ACCOUNT_EXECUTIVE, false),
                new TeamMember(supervisor, AccountRole.ACCOUNT_SUPERVISOR, true));
        // re-sent after an outage: older than the team the copy holds
        publish(new AccountTeamChanged(client, oldTeam, oldTeam, List.of(), DIRECTOR, T0.plusSeconds(60)));
        publish(new ClientUpdated(client, "ACME", "Acme Drinks Ltd", null, ClientStatus.ACTIVE,
                List.of(ClientField.NAME), DIRECTOR, T0.plusSeconds(180)));

        awaitAsDirector(response -> "Acme Drinks Ltd".equals(response.extract().path("client.name")))
                .body("team.staffId", contains(supervisor.toString()));
        get(executive, Role.ACCOUNT_EXECUTIVE).statusCode(404);
    }

    /** A contract signed for later is the next one, not the one in force: it starts on its start date. */
    @Test
    void aContractForLaterDoesNotReplaceTheOneInForce() {
        registerWithTeamAndContract();
        UUID later = UUID.randomUUID();
        publish(contract(later, TODAY.plusMonths(6), 7));
        awaitAsDirector(response -> response.extract().path("next") != null)
                .body("contract.includedRevisionRounds", equalTo(2))
                .body("next.id", equalTo(later.toString()))
                .body("next.includedRevisionRounds", equalTo(7));
    }

    /** Ended early, a contract is in force up to its new last day only: the day after, the client has none. */
    @Test
    void aTerminatedContractIsNotInForceAfterItsNewLastDay() {
        registerWithTeamAndContract();
        UUID terminated = UUID.fromString(awaitAsDirector(response -> true).extract().path("contract.id"));
        publish(new ContractTerminated(terminated, client, ContractType.PROJECT, TODAY.minusMonths(1),
                TODAY.minusDays(1), TODAY.minusMonths(1).plusYears(1), "The client is moving agencies", DIRECTOR,
                T0.plusSeconds(60)));
        awaitAsDirector(response -> response.extract().path("contract") == null);
    }

    /** An amendment's terms replace the copy's: the rounds briefs submitted from now on carry, the value, the end. */
    @Test
    void anAmendmentReplacesTheTermsOfTheContract() {
        registerWithTeamAndContract();
        UUID amended = UUID.fromString(awaitAsDirector(response -> true).extract().path("contract.id"));
        publish(new ContractAmended(amended, client, UUID.randomUUID(), ContractType.PROJECT, TODAY.minusMonths(1),
                TODAY.plusYears(2), Money.of("150000.00", "EUR"), 4, 60, TODAY,
                List.of(ContractTerm.VALUE, ContractTerm.ENDS_ON, ContractTerm.INCLUDED_REVISION_ROUNDS),
                "A second campaign added", DIRECTOR, T0.plusSeconds(60)));
        awaitAsDirector(response -> Integer.valueOf(4)
                        .equals(response.extract().path("contract.includedRevisionRounds")))
                .body("contract.value.amount", equalTo("150000.00"))
                .body("contract.endsOn", equalTo(TODAY.plusYears(2).toString()));
    }

    private void registerWithTeamAndContract() {
        publish(new ClientRegistered(client, "ACME", "Acme Drinks", "Beverages", ClientStatus.ACTIVE, DIRECTOR, T0));
        List<TeamMember> team = List.of(new TeamMember(executive, AccountRole.ACCOUNT_EXECUTIVE, false),
                new TeamMember(supervisor, AccountRole.ACCOUNT_SUPERVISOR, true));
        publish(new AccountTeamChanged(client, team, team, List.of(), DIRECTOR, T0.plusSeconds(1)));
        publish(contract(UUID.randomUUID(), TODAY.minusMonths(1), 2));
        awaitAsDirector(response -> response.extract().path("contract") != null
                && response.extract().jsonPath().getList("team").size() == 2);
    }

    private ContractSigned contract(UUID contractId, LocalDate startsOn, int includedRounds) {
        return new ContractSigned(contractId, client, ContractType.PROJECT, startsOn, startsOn.plusYears(1),
                Money.of("120000.00", "EUR"), null, includedRounds, 60, null, DIRECTOR, T0.plusSeconds(2));
    }

    private ClientUpdated updated(ClientStatus status, Instant at) {
        return new ClientUpdated(client, "ACME", "Acme Drinks", "Beverages", status, List.of(ClientField.STATUS),
                DIRECTOR, at);
    }

    private static void publish(EventPayload payload) {
        TopicProducer.send(Topics.CLIENTS, payload.subject(),
                EventJson.write(CloudEvent.of("/suits/clients-service", payload)));
    }

    private ValidatableResponse asDirector() {
        return awaitAsDirector(response -> true);
    }

    private ValidatableResponse awaitAsDirector(Predicate<ValidatableResponse> ready) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            ValidatableResponse response = get(DIRECTOR, Role.ACCOUNT_DIRECTOR);
            if (response.extract().statusCode() == 200 && ready.test(response)) {
                return response;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The copy never reached the expected state: " + response.extract().asString());
            }
            sleep();
        }
    }

    private ValidatableResponse get(UUID staff, Role role) {
        return given().header("Authorization", Tokens.bearer(staff, role))
                .when().get("/api/probe/clients/{id}", client).then();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
