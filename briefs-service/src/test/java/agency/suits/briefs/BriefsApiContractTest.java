package agency.suits.briefs;

import io.quarkus.test.junit.QuarkusTest;

/** briefs-service's OpenAPI document keeps the contract rules: a frontend can generate a client from it. */
@QuarkusTest
class BriefsApiContractTest extends agency.suits.testing.contract.ApiContractTest {
}
