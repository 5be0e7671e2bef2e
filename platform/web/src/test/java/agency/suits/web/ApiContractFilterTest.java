package agency.suits.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** What the contract filter writes into every service's document, seen in the document of the probe resources. */
@QuarkusTest
class ApiContractFilterTest {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private JsonPath document;

    @BeforeEach
    void read() {
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void everyErrorIsAProblemAndTheHttpLayersOwnAnswersAreTheDefault() {
        String post = "paths.'/probe/accounts'.post.responses";
        for (String status : List.of("400", "409", "422", "500", "default")) {
            assertThat(status, document.getString(post + ".'" + status + "'.content.'application/problem+json'"
                    + ".schema.'$ref'"), equalTo(PROBLEM));
        }
        assertThat(document.getString(post + ".'400'.description"), not(equalTo("Bad Request")));
        assertThat(document.getMap("paths.'/probe/accounts/{id}'.get.responses"), hasKey("404"));
        assertThat(document.getMap("paths.'/probe/accounts'.get.responses"), not(hasKey("404")));
    }

    @Test
    void ifMatchIsRequiredWhereTakenAndItsFailuresAreDescribed() {
        String put = "paths.'/probe/accounts/{id}'.put";
        List<Boolean> required = document.getList(put + ".parameters.findAll { it.name == 'If-Match' }.required");
        assertThat(required, equalTo(List.of(true)));
        assertThat(document.getMap(put + ".responses"), hasKey("412"));
        assertThat(document.getMap(put + ".responses"), hasKey("428"));
    }

    @Test
    void aCreateSaysWhereTheThingIsAndAVersionedAnswerCarriesItsVersion() {
        String created = "paths.'/probe/accounts'.post.responses.'201'";
        assertThat(document.getString(created + ".content.'application/json'.schema.'$ref'"),
                equalTo("#/components/schemas/Account"));
        assertThat(document.get(created + ".headers.Location"), notNullValue());
        assertThat(document.get(created + ".headers.ETag"), notNullValue());
        assertThat(document.get("paths.'/probe/accounts/{id}'.get.responses.'200'.headers.ETag"), notNullValue());
    }

    @Test
    void viewsAreNamedInPlainNounsAndAPageAfterWhatItHolds() {
        assertThat(document.getMap("components.schemas"), hasKey("Account"));
        assertThat(document.getMap("components.schemas"), not(hasKey("AccountView")));
        assertThat(document.getString("components.schemas.AccountPage.properties.items.items.'$ref'"),
                equalTo("#/components/schemas/Account"));
        assertThat(document.getString("paths.'/probe/accounts'.get.responses.'200'.content.'application/json'"
                + ".schema.'$ref'"), equalTo("#/components/schemas/AccountPage"));
    }

    @Test
    void anAnswersFieldsAreRequiredExceptThoseThatMayBeAbsent() {
        assertThat(document.getList("components.schemas.Account.required"),
                containsInAnyOrder("id", "name", "since", "version"));
        assertThat(document.getList("components.schemas.AccountPage.required"),
                hasItems("items", "page", "size", "totalItems", "totalPages"));
    }

    @Test
    void aRequestBodysExampleIsJsonNotText() {
        assertThat(document.getString("components.schemas.NewAccount.example.name"), equalTo("Northwind Coffee"));
    }

    @Test
    void requestBodiesRefuseWhatTheyDoNotName() {
        assertThat(document.getBoolean("components.schemas.NewAccount.additionalProperties"), equalTo(false));
        assertThat(document.getBoolean("components.schemas.Contact.additionalProperties"), equalTo(false));
        assertThat(document.get("components.schemas.Account.additionalProperties"), nullValue());
    }

    @Test
    void pagingParametersAreBoundedIntegersAndTheServerIsNamed() {
        String size = "paths.'/probe/accounts'.get.parameters.find { it.name == 'size' }.schema";
        assertThat(document.getString(size + ".type"), equalTo("integer"));
        assertThat(document.getInt(size + ".maximum"), equalTo(100));
        assertThat(document.getString("servers[0].url"), equalTo("/"));
    }
}
