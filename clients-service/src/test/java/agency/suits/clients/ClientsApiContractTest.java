package agency.suits.clients;

import agency.suits.testing.contract.ApiContractTest;
import io.quarkus.test.junit.QuarkusTest;

/** The clients service's OpenAPI document keeps the contract rules a frontend generates its client by. */
@QuarkusTest
class ClientsApiContractTest extends ApiContractTest {
}
