package agency.suits.clients;

import agency.suits.security.Role;
import agency.suits.testing.ProblemContent;
import agency.suits.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Small builders for the tests: people with roles, and clients set up through the API as a user would. */
public final class ClientsApi {

    static {
        RestAssured.registerParser(ProblemContent.MEDIA_TYPE, Parser.JSON);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private ClientsApi() {
    }

    /** A staff member: a fresh staff id with the given agency roles. */
    public record Staff(UUID id, Role... roles) {
        public static Staff with(Role... roles) {
            return new Staff(UUID.randomUUID(), roles);
        }

        public RequestSpecification request() {
            return given().header("Authorization", Tokens.bearer(id, roles)).contentType(ContentType.JSON);
        }
    }

    public static Staff director() {
        return Staff.with(Role.ACCOUNT_DIRECTOR);
    }

    public static Staff supervisor() {
        return Staff.with(Role.ACCOUNT_SUPERVISOR);
    }

    /** A code no other test uses: tests share one database. */
    public static String uniqueCode() {
        StringBuilder code = new StringBuilder("T");
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < 8; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** Registers a prospect as the given staff member and answers its id. */
    public static UUID register(Staff by, String name) {
        return UUID.fromString(by.request()
                .body(Map.of("code", uniqueCode(), "name", name, "industry", "Consumer goods"))
                .post("/api/clients").then().statusCode(201).extract().path("id"));
    }

    /**
     * Puts the person in the staff directory with that agency role unless they are in it already: a team place needs
     * a directory entry whose role fits it.
     */
    public static UUID enrol(UUID staffId, Role role) {
        Staff admin = Staff.with(Role.ADMIN);
        if (admin.request().get("/api/staff/{id}", staffId).statusCode() == 404) {
            admin.request().body(Map.of("id", staffId.toString(), "name", role + " " + staffId,
                            "email", staffId + "@agency.example", "role", role.name()))
                    .post("/api/staff").then().statusCode(201);
        }
        return staffId;
    }

    /** Changes the person's agency role in the directory, as a promotion does. */
    public static void promote(UUID staffId, Role role) {
        Staff admin = Staff.with(Role.ADMIN);
        String etag = admin.request().get("/api/staff/{id}", staffId).then().statusCode(200)
                .extract().header("ETag");
        admin.request().header("If-Match", etag).body(Map.of("name", role + " " + staffId,
                        "email", staffId + "@agency.example", "role", role.name()))
                .put("/api/staff/{id}", staffId).then().statusCode(200);
    }

    /** Places the person on the team, entering them in the directory in the team role first if they are not. */
    public static ValidatableResponse assign(Staff by, UUID client, UUID staff, String role, boolean primary) {
        enrol(staff, Role.valueOf(role));
        return by.request().body(Map.of("role", role, "primary", primary))
                .put("/api/clients/{c}/team/{s}", client, staff).then();
    }

    public static String etag(Staff by, UUID client) {
        return by.request().get("/api/clients/{id}", client).then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse moveTo(Staff by, UUID client, String status) {
        return by.request().header("If-Match", etag(director(), client)).body(Map.of("status", status))
                .post("/api/clients/{id}/status", client).then();
    }

    /** A client registered by a supervisor (its primary supervisor) and made ACTIVE. */
    public static UUID activeClientOf(Staff supervisor, String name) {
        UUID client = register(supervisor, name);
        moveTo(supervisor, client, "ACTIVE").statusCode(200);
        return client;
    }
}
