package agency.suits.creative;

import agency.suits.testing.ServiceBaselineTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CreativeBaselineTest extends ServiceBaselineTest {
}
