package agency.suits.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A service's OpenAPI document keeps {@link ContractRules}; run in each service by a one-line {@code @QuarkusTest}
 * subclass. The test-only probe endpoints of platform/testing are part of the test document and keep them too.
 */
public abstract class ApiContractTest {

    @Test
    void theDocumentIsOneAFrontendCanGenerateAClientFrom() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode document = new ObjectMapper().readTree(json);
        List<String> violations = ContractRules.violations(document);
        assertEquals(List.of(), violations, violations.size() + " violations of the contract rules");
    }
}
