package agency.suits.billing;

import agency.suits.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against the one real PostgreSQL and Kafka of the test JVM. Declared once: a
 * {@code @QuarkusTestResource} applies to all test classes, so the application is not restarted between them.
 */
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "billing"))
public class RealInfrastructureForBilling {
}
