package agency.suits.billing;

import agency.suits.testing.ServiceBaselineTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BillingBaselineTest extends ServiceBaselineTest {
}
