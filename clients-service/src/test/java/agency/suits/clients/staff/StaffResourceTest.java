package agency.suits.clients.staff;

import java.util.UUID;

import agency.suits.security.Role;
import agency.suits.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class StaffResourceTest {

    private static final UUID ALICE = UUID.randomUUID();
    private static final UUID DANA = UUID.randomUUID();
    private static final UUID GUEST = UUID.randomUUID();

    @Test
    void tellsTheCallerWhoTheTokenSaysTheyAre() {
        given().header("Authorization", Tokens.bearer(ALICE, Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_PLANNER))
                .when().get("/api/staff/me").then()
                .statusCode(200)
                .body("staffId", equalTo(ALICE.toString()))
                .body("roles", contains("ACCOUNT_EXECUTIVE", "ACCOUNT_PLANNER"))
                .body("seesWholeBook", equalTo(false));
    }

    @Test
    void letsADirectorSeeTheWholeBook() {
        given().header("Authorization", Tokens.bearer(DANA, Role.ACCOUNT_DIRECTOR))
                .when().get("/api/staff/me").then()
                .statusCode(200)
                .body("staffId", equalTo(DANA.toString()))
                .body("seesWholeBook", equalTo(true));
    }

    @Test
    void ignoresGroupsThatAreNotAgencyRoles() {
        given().header("Authorization", Tokens.as(UUID.randomUUID()).groups("offline_access", "FINANCE").bearer())
                .when().get("/api/staff/me").then()
                .statusCode(200)
                .body("roles", contains("FINANCE"));
    }

    @Test
    void signsInAStaffMemberWithoutAgencyRoles() {
        given().header("Authorization", Tokens.as(GUEST).groups("RAW").bearer())
                .when().get("/api/staff/me").then()
                .statusCode(200)
                .body("staffId", equalTo(GUEST.toString()))
                .body("roles", empty());
    }

    @Test
    void refusesATokenWhoseSubjectIsNotAStaffId() {
        given().header("Authorization", Tokens.as(GUEST, Role.FINANCE).subject("reporting-robot").bearer())
                .when().get("/api/staff/me").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("reporting-robot"));
    }
}
