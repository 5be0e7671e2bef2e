package agency.suits.billing;

import agency.suits.testing.shape.ServiceShape;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/** The service template of docs/architecture.md, held by the build: one test per rule. */
class ServiceShapeTest {

    private static final String SERVICE = "agency.suits.billing";
    private static final JavaClasses CLASSES = ServiceShape.classesOf(SERVICE);

    static Stream<Named<ArchRule>> rules() {
        return ServiceShape.named(ServiceShape.rules(SERVICE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void followsTheTemplate(ArchRule rule) {
        rule.check(CLASSES);
    }
}
