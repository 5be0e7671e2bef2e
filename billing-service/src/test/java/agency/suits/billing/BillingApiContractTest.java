package agency.suits.billing;

import agency.suits.testing.contract.ApiContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BillingApiContractTest extends ApiContractTest {
}
