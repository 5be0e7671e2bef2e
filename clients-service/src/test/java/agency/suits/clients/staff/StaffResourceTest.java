package agency.suits.clients.staff;

import agency.suits.security.Role;
import agency.suits.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class StaffResourceTest {

    @Test
    void tellsTheCallerWhoTheTokenSaysTheyAre() {
        given().header("Authorization", Tokens.bearer("alice", Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_PLANNER))
                .when().get("/api/staff/me").then()
                .statusCode(200)
                .body("staffId", equalTo("alice"))
                .body("roles", contains("ACCOUNT_EXECUTIVE", "ACCOUNT_PLANNER"))
                .body("seesWholeBook", equalTo(false));
    }

    @Test
    void letsADirectorSeeTheWholeBook() {
        given().header("Authorization", Tokens.bearer("dana", Role.ACCOUNT_DIRECTOR))
                .when().get("/api/staff/me").then()
                .statusCode(200)
                .body("staffId", equalTo("dana"))
                .body("seesWholeBook", equalTo(true));
    }

    @Test
    void ignoresGroupsThatAreNotAgencyRoles() {
        given().header("Authorization", Tokens.as("sam").groups("offline_access", "FINANCE").bearer())
                .when().get("/api/staff/me").then()
                .statusCode(200)
                .body("roles", contains("FINANCE"));
    }

    @Test
    void signsInAStaffMemberWithoutAgencyRoles() {
        given().header("Authorization", Tokens.as("guest").groups("RAW").bearer())
                .when().get("/api/staff/me").then()
                .statusCode(200)
                .body("staffId", equalTo("guest"))
                .body("roles", empty());
    }
}
