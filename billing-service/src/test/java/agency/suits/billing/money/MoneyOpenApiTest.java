package agency.suits.billing.money;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class MoneyOpenApiTest {

    @Test
    void documentsAmountsAsDecimalStringsWithExamples() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Money.properties.amount.type", equalTo("string"))
                .body("components.schemas.Money.properties.amount.example", equalTo("1250.00"))
                .body("components.schemas.Money.properties.currency.example", equalTo("EUR"))
                .body("components.schemas.Money.description", containsString("half-even"))
                .body("components.schemas.NewTimeEntry.properties.hours.type", equalTo("string"));
    }
}
