package agency.suits.briefs;

import agency.suits.testing.ServiceBaselineTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BriefsBaselineTest extends ServiceBaselineTest {
}
