package agency.suits.clients;

import agency.suits.testing.ServiceBaselineTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClientsBaselineTest extends ServiceBaselineTest {
}
