package agency.suits.creative;

import io.quarkus.test.junit.QuarkusTest;

/** The service's OpenAPI document keeps the contract rules a frontend generates its client by. */
@QuarkusTest
class CreativeWorkflowApiContractTest extends agency.suits.testing.contract.ApiContractTest {
}
