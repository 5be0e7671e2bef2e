package agency.suits.billing;

import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.ClientStatus;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.events.AccountEvents;
import agency.suits.testing.events.JobEvents;
import agency.suits.testing.events.Published;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Test steps through the billing API, as a frontend would take them. */
public final class Billing {

    static {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Billing() {
    }

    public static void init() {
        // loads the static block: problem+json parsed as JSON, failing exchanges logged
    }

    /**
     * Registers the client with the test account team (on suits.clients), publishes BriefSubmitted, and waits until
     * a team member sees the job's budget: both the copy of the team and the budget have arrived.
     */
    public static void openBudget(String job, UUID client, String amount, String currency) {
        registerTeam(client);
        Published.event(JobEvents.brief(job, client).budget(amount, currency).submitted());
        awaitBudget(job, new BigDecimal(amount).setScale(2).toPlainString());
        Instant deadline = Instant.now().plusSeconds(30);
        while (given().header("Authorization", Staff.executive()).when().get("/api/jobs/{job}/budget", job)
                .statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the team of " + client + " never reached billing");
            }
            pause(Duration.ofMillis(200));
        }
    }

    /** Registers the client with the test team and waits until billing's copy shows a team member the client. */
    public static void awaitTeam(UUID client) {
        registerTeam(client);
        Instant deadline = Instant.now().plusSeconds(30);
        while (given().header("Authorization", Staff.executive()).when()
                .get("/api/billing-summaries/{client}", client).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the team of " + client + " never reached billing");
            }
            pause(Duration.ofMillis(200));
        }
    }

    /** ClientRegistered and AccountTeamChanged as clients-service publishes them, with the test account team. */
    public static void registerTeam(UUID client) {
        Published.event(AccountEvents.registered(client, AccountEvents.newClientCode(), ClientStatus.ACTIVE));
        Published.event(AccountEvents.team(client, List.of(
                AccountEvents.member(Staff.EXECUTIVE, AccountRole.ACCOUNT_EXECUTIVE),
                AccountEvents.primarySupervisor(Staff.SUPERVISOR),
                AccountEvents.member(Staff.SECOND_SUPERVISOR, AccountRole.ACCOUNT_SUPERVISOR))));
    }

    /** Waits until the job's budget shows {@code amount} (as billing shows it: at two decimals for EUR and USD). */
    public static void awaitBudget(String job, String amount) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var response = given().header("Authorization", Staff.finance()).when()
                    .get("/api/jobs/{job}/budget", job);
            if (response.statusCode() == 200 && amount.equals(response.path("budget.amount"))) {
                return;
            }
            pause(Duration.ofMillis(200));
        }
        throw new AssertionError("budget of " + job + " never became " + amount);
    }

    public static ValidatableResponse budget(String job) {
        return given().header("Authorization", Staff.finance()).when().get("/api/jobs/{job}/budget", job).then();
    }

    public static ValidatableResponse rateCard(String token, String role, UUID client, String rate, String currency,
                                               LocalDate from, LocalDate to) {
        String body = """
                {"role": "%s", "clientId": %s, "hourlyRate": {"amount": "%s", "currency": "%s"},
                 "effectiveFrom": "%s", "effectiveTo": %s}"""
                .formatted(role, client == null ? "null" : "\"" + client + "\"", rate, currency, from,
                        to == null ? "null" : "\"" + to + "\"");
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/rate-cards").then();
    }

    public static ValidatableResponse time(String job, String role, LocalDate date, String hours) {
        String body = """
                {"personId": "%s", "role": "%s", "jobNumber": "%s", "workDate": "%s", "hours": "%s"}"""
                .formatted(UUID.randomUUID(), role, job, date, hours);
        return given().header("Authorization", Staff.executive()).contentType(ContentType.JSON).body(body)
                .when().post("/api/time-entries").then();
    }

    public static ValidatableResponse cost(String job, String amount, String currency) {
        String body = """
                {"jobNumber": "%s", "vendorName": "PrintCo", "description": "Posters A2 x 500",
                 "amount": {"amount": "%s", "currency": "%s"}, "incurredOn": "2026-11-20"}"""
                .formatted(job, amount, currency);
        return given().header("Authorization", Staff.executive()).contentType(ContentType.JSON).body(body)
                .when().post("/api/cost-entries").then();
    }

    public static ValidatableResponse invoice(String id) {
        return given().header("Authorization", Staff.finance()).when().get("/api/invoices/{id}", id).then();
    }

    /** Waits until the job has an invoice (a milestone invoice drafted from an event); answers its id. */
    public static String awaitInvoice(String job) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            var response = given().header("Authorization", Staff.finance()).queryParam("jobNumber", job)
                    .when().get("/api/invoices");
            if (response.statusCode() == 200 && response.<Integer>path("totalItems") > 0) {
                return response.path("items[0].id");
            }
            pause(Duration.ofMillis(200));
        }
        throw new AssertionError("no invoice for " + job);
    }

    public static ValidatableResponse draftTimeAndMaterials(String job) {
        return given().header("Authorization", Staff.executive()).contentType(ContentType.JSON)
                .body("{\"jobNumber\": \"" + job + "\"}").when().post("/api/invoices").then();
    }

    /** A fresh job with one cost entry of {@code amount} EUR, invoiced as a draft; answers the invoice id. */
    public static String timeAndMaterialsInvoice(String amount) {
        String job = Events.newJobNumber();
        openBudget(job, UUID.randomUUID(), "100000.00", "EUR");
        cost(job, amount, "EUR").statusCode(201);
        return draftTimeAndMaterials(job).statusCode(201).extract().path("id");
    }

    /** Approves an invoice for issue as {@code token} (four eyes: never its drafter). */
    public static ValidatableResponse approve(String token, String id, String version) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"")
                .when().post("/api/invoices/{id}/approve", id).then();
    }

    /** A draft (version 0) approved by a director, as every invoice is before it is issued; answers its id. */
    public static String approved(String id) {
        approve(Staff.director(), id, "0").statusCode(200).body("status", equalTo("APPROVED"));
        return id;
    }

    public static ValidatableResponse issue(String id, String version, String issuedOn) {
        return given().header("Authorization", Staff.finance()).header("If-Match", "\"" + version + "\"")
                .contentType(ContentType.JSON)
                .body(issuedOn == null ? "{}" : "{\"issuedOn\": \"" + issuedOn + "\"}")
                .when().post("/api/invoices/{id}/issue", id).then();
    }

    public static ValidatableResponse pay(String id, String key, String amount, String currency) {
        var request = given().header("Authorization", Staff.finance()).contentType(ContentType.JSON)
                .body("{\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"" + currency
                        + "\"}, \"receivedOn\": \"2026-11-20\"}");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/invoices/{id}/payments", id).then();
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
