package agency.suits.system;

import agency.suits.security.Role;
import io.restassured.response.Response;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * One client of the agency and its account team, driven through the gateway the way the people would: the
 * supervisor onboards the client, the executive takes job requests and writes briefs with the planner, the
 * creative department works the rounds, finance bills. Every call asserts its status, so a scenario reads as the
 * story it tells.
 */
final class Account {

    final SystemStack stack;
    final Person supervisor;
    final Person executive;
    final Person planner;
    final Person creativeDirector;
    final Person creative;
    final Person finance;
    final Person director;
    final UUID clientId;
    final String code;

    private Account(SystemStack stack, UUID clientId, String code, Person supervisor, Person executive,
                    Person planner) {
        this(stack, clientId, code, supervisor, executive, planner, Person.of(stack, Role.CREATIVE_DIRECTOR),
                Person.of(stack, Role.CREATIVE), Person.of(stack, Role.FINANCE),
                Person.of(stack, Role.ACCOUNT_DIRECTOR));
    }

    private Account(SystemStack stack, UUID clientId, String code, Person supervisor, Person executive,
                    Person planner, Person creativeDirector, Person creative, Person finance, Person director) {
        this.stack = stack;
        this.clientId = clientId;
        this.code = code;
        this.supervisor = supervisor;
        this.executive = executive;
        this.planner = planner;
        this.creativeDirector = creativeDirector;
        this.creative = creative;
        this.finance = finance;
        this.director = director;
    }

    /** The same account and people, every call through another gateway (the second instances'). */
    Account through(URI gateway) {
        return new Account(stack, clientId, code, supervisor.through(gateway), executive.through(gateway),
                planner.through(gateway), creativeDirector.through(gateway), creative.through(gateway),
                finance.through(gateway), director.through(gateway));
    }

    /** A new ACTIVE client with a project contract including that many rounds, and its team. */
    static Account onboard(SystemStack stack, int includedRounds) {
        Account account = register(stack);
        account.signProjectContract(includedRounds, "60000.00");
        account.moveTo("ACTIVE");
        return account;
    }

    /** A new PROSPECT with its team (the supervisor who registers it is its primary supervisor), no contract. */
    static Account register(SystemStack stack) {
        Person supervisor = Person.of(stack, Role.ACCOUNT_SUPERVISOR);
        String code = "S" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36),
                36).toUpperCase();
        UUID clientId = UUID.fromString(supervisor.request()
                .body(Map.of("code", code, "name", "System " + code, "industry", "Outdoor"))
                .post("/api/clients").then().statusCode(201).extract().path("id"));
        Account account = new Account(stack, clientId, code, supervisor, Person.of(stack, Role.ACCOUNT_EXECUTIVE),
                Person.of(stack, Role.ACCOUNT_PLANNER));
        account.putOnTeam(account.executive, "ACCOUNT_EXECUTIVE");
        account.putOnTeam(account.planner, "ACCOUNT_PLANNER");
        return account;
    }

    /** A team place needs the person in the staff directory, in an agency role that fits the team role. */
    void putOnTeam(Person person, String role) {
        director.request().body(Map.of("id", person.id().toString(), "name", person.role() + " " + person.id(),
                        "email", person.id() + "@agency.example", "role", person.role().name()))
                .post("/api/staff").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        supervisor.request().body(Map.of("role", role)).put("/api/clients/{c}/team/{s}", clientId, person.id())
                .then().statusCode(200);
    }

    /** Takes the person off the team; someone who is not on it is simply not there (404). */
    void removeFromTeam(Person person) {
        supervisor.request().delete("/api/clients/{c}/team/{s}", clientId, person.id()).then()
                .statusCode(anyOf(equalTo(200), equalTo(204), equalTo(404)));
    }

    String signProjectContract(int includedRounds, String value) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("type", "PROJECT");
        contract.put("startsOn", LocalDate.now().toString());
        contract.put("endsOn", LocalDate.now().plusYears(1).toString());
        contract.put("value", money(value));
        contract.put("includedRevisionRounds", includedRounds);
        contract.put("noticePeriodDays", 60);
        return supervisor.request().body(contract).post("/api/clients/{c}/contracts", clientId)
                .then().statusCode(201).extract().path("id");
    }

    String signRetainerContract(String monthlyFee) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("type", "RETAINER");
        contract.put("startsOn", LocalDate.now().toString());
        contract.put("endsOn", LocalDate.now().plusYears(1).minusDays(1).toString());
        contract.put("value", money("120000.00"));
        contract.put("retainer", Map.of("feePerPeriod", money(monthlyFee), "period", "MONTHLY"));
        contract.put("includedRevisionRounds", 2);
        contract.put("noticePeriodDays", 60);
        return supervisor.request().body(contract).post("/api/clients/{c}/contracts", clientId)
                .then().statusCode(201).extract().path("id");
    }

    void moveTo(String status) {
        Response client = supervisor.request().get("/api/clients/{c}", clientId);
        client.then().statusCode(200);
        supervisor.request().header("If-Match", client.header("ETag")).body(Map.of("status", status))
                .post("/api/clients/{c}/status", clientId).then().statusCode(200).body("status", equalTo(status));
    }

    void rename(String name) {
        Response client = supervisor.request().get("/api/clients/{c}", clientId);
        client.then().statusCode(200);
        supervisor.request().header("If-Match", client.header("ETag"))
                .body(Map.of("name", name, "industry", "Outdoor"))
                .put("/api/clients/{c}", clientId).then().statusCode(200);
    }

    /** Finance prices a role's hours for this client, from a month ago. */
    void priceHours(String role, String hourlyRate) {
        finance.request().body(Map.of("role", role, "clientId", clientId, "hourlyRate", money(hourlyRate),
                        "effectiveFrom", LocalDate.now().minusDays(30).toString()))
                .post("/api/rate-cards").then().statusCode(201);
    }

    // ------------------------------------------------------------------------------------------------- briefs

    /** Logs a job request as soon as briefs-service knows the client (404 until its account copy has it). */
    Job logJobRequest(String budget) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("clientId", clientId);
        request.put("title", "Winter launch");
        request.put("description", "Launch banner for the winter range");
        request.put("requestedDeliverables", List.of("Launch banner"));
        request.put("wantedBy", LocalDate.now().plusDays(60).toString());
        request.put("budgetIndication", money(budget));
        request.put("channel", "EMAIL");
        Response logged = Eventually.value("a job request taken for " + code, () -> {
            Response answer = executive.request().body(request).post("/api/job-requests");
            return answer.statusCode() == 201 ? answer : null;
        });
        return new Job(this, UUID.fromString(logged.path("id")), logged.path("jobNumber"));
    }

    static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }
}
