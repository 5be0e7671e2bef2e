package agency.suits.web;

import agency.suits.web.problem.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static agency.suits.web.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class PagingTest {

    private static final String ACCOUNTS = "/probe/accounts";

    @Test
    void servesTheFirstTwentyByDefault() {
        given().when().get(ACCOUNTS).then()
                .statusCode(200)
                .body("items", hasSize(20))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(45))
                .body("totalPages", equalTo(3))
                .body("items[0].name", equalTo("Account 01"));
    }

    @Test
    void servesTheRequestedPageAndSize() {
        given().queryParam("page", 2).queryParam("size", 20).when().get(ACCOUNTS).then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("page", equalTo(2))
                .body("items[0].name", equalTo("Account 41"));
    }

    @Test
    void sortsByAWhitelistedFieldDescending() {
        given().queryParam("sort", "name,desc").queryParam("size", 2).when().get(ACCOUNTS).then()
                .statusCode(200)
                .body("items.name", contains("Account 45", "Account 44"));
    }

    @Test
    void sortsByAWhitelistedFieldAscendingWhenNoDirectionIsGiven() {
        given().queryParam("sort", "since").queryParam("size", 1).when().get(ACCOUNTS).then()
                .statusCode(200)
                .body("items.name", contains("Account 45"));
    }

    @Test
    void rejectsASizeAboveTheMaximum() {
        assertProblem(given().queryParam("size", 101).when().get(ACCOUNTS).then(), ProblemType.INVALID_PARAMETER,
                ACCOUNTS)
                .body("errors.field", contains("size"))
                .body("errors[0].message", equalTo("must be between 1 and 100"));
    }

    @Test
    void rejectsASizeOfZero() {
        assertProblem(given().queryParam("size", 0).when().get(ACCOUNTS).then(), ProblemType.INVALID_PARAMETER,
                ACCOUNTS)
                .body("errors.field", contains("size"));
    }

    @Test
    void rejectsANegativePage() {
        assertProblem(given().queryParam("page", -1).when().get(ACCOUNTS).then(), ProblemType.INVALID_PARAMETER,
                ACCOUNTS)
                .body("errors.field", contains("page"));
    }

    @Test
    void rejectsAPageThatIsNotANumber() {
        assertProblem(given().queryParam("page", "first").when().get(ACCOUNTS).then(), ProblemType.INVALID_PARAMETER,
                ACCOUNTS)
                .body("errors.field", contains("page"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void rejectsSortingByAFieldNotOffered() {
        assertProblem(given().queryParam("sort", "budget,asc").when().get(ACCOUNTS).then(),
                ProblemType.INVALID_PARAMETER, ACCOUNTS)
                .body("errors.field", contains("sort"))
                .body("detail", containsString("sortable fields are name, since"));
    }

    @Test
    void rejectsAnUnknownSortDirection() {
        assertProblem(given().queryParam("sort", "name,sideways").when().get(ACCOUNTS).then(),
                ProblemType.INVALID_PARAMETER, ACCOUNTS)
                .body("errors.field", contains("sort"));
    }
}
