package agency.suits.messaging;

import agency.suits.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against the one real PostgreSQL and Kafka of the test JVM. */
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "messaging"))
public class RealInfrastructureForMessaging {
}
