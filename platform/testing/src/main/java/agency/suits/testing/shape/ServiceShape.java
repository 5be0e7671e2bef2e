package agency.suits.testing.shape;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Named;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service template of docs/architecture.md as rules a build can fail on. Each service runs them over its own
 * main classes:
 *
 * <pre>{@code
 * class ServiceShapeTest {
 *     private static final JavaClasses CLASSES = ServiceShape.classesOf("agency.suits.billing");
 *     static Stream<Named<ArchRule>> rules() { return ServiceShape.named(ServiceShape.rules("agency.suits.billing")); }
 *     @ParameterizedTest(name = "{0}") @MethodSource("rules")
 *     void followsTheTemplate(ArchRule rule) { rule.check(CLASSES); }
 * }
 * }</pre>
 */
public final class ServiceShape {

    private static final String[] OUTSIDE_HTTP = {"agency.suits.accounts..", "agency.suits.security..",
            "agency.suits.messaging..", "agency.suits.persistence..", "jakarta.persistence..", "jakarta.transaction..",
            "io.quarkus.hibernate.."};
    private static final String[] CONTAINER_AND_WIRE = {"jakarta.persistence..", "jakarta.ws.rs..",
            "jakarta.transaction..", "jakarta.enterprise..", "jakarta.inject..", "io.quarkus..", "org.apache.kafka..",
            "agency.suits.web..", "agency.suits.messaging..", "agency.suits.persistence..", "agency.suits.accounts.."};

    private ServiceShape() {
    }

    /** The main classes of the service under {@code basePackage}, as compiled (no tests, no jars). */
    public static JavaClasses classesOf(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    public static List<ArchRule> rules(String basePackage) {
        return List.of(
                featuresDoNotDependOnEachOtherInCircles(basePackage),
                resourcesOnlySpeakHttp(),
                noEntityCrossesTheWire(),
                applicationServicesOwnTheTransaction(),
                eventsArriveOnlyThroughTheInbox(basePackage),
                rulesArePlainJava(),
                beansInjectPackagePrivateFields(),
                onlyConsumersAreConstructedWithTheirDependencies(),
                namesComeFromTheAgency());
    }

    /** The rules with their descriptions as names, for a parameterized test that says which rule broke. */
    public static Stream<Named<ArchRule>> named(List<ArchRule> rules) {
        return rules.stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    static ArchRule featuresDoNotDependOnEachOtherInCircles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").namingSlices("package $1")
                .should().beFreeOfCycles()
                .as("feature packages do not depend on each other in circles");
    }

    static ArchRule resourcesOnlySpeakHttp() {
        return noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat(resideInAnyPackage(OUTSIDE_HTTP)
                        .or(simpleNameEndingWith("Access")).or(simpleNameEndingWith("Permission")))
                .as("resources only speak HTTP: the access check, the transaction and the data are the application "
                        + "service's");
    }

    static ArchRule noEntityCrossesTheWire() {
        return noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat(annotatedWith(Entity.class))
                .as("no Panache entity in a resource: requests and answers are records");
    }

    static ArchRule applicationServicesOwnTheTransaction() {
        return classes().that().areAnnotatedWith(Transactional.class)
                .or(containMethodsAnnotatedWith(Transactional.class))
                .should().haveSimpleNameEndingWith("Service")
                .as("transactions are opened by application services (named ...Service) and nowhere else");
    }

    static ArchRule eventsArriveOnlyThroughTheInbox(String basePackage) {
        return methods().that().areAnnotatedWith(Incoming.class)
                .should().beDeclaredInClassesThat(resideInAnyPackage(basePackage + ".inbound")
                        .and(dependOn("agency.suits.messaging.inbox.Inbox")))
                .allowEmptyShould(true)
                .as("events arrive through the inbox, in the service's inbound package");
    }

    static ArchRule rulesArePlainJava() {
        return noClasses().that(plainClasses())
                .should().dependOnClassesThat(resideInAnyPackage(CONTAINER_AND_WIRE))
                .as("domain rules are plain Java: no container, database, HTTP or messaging");
    }

    static ArchRule beansInjectPackagePrivateFields() {
        return fields().that().areAnnotatedWith("jakarta.inject.Inject")
                .should().notBePrivate().andShould().notBeFinal()
                .as("beans take their dependencies as package-private @Inject fields (no reflection needed)");
    }

    static ArchRule onlyConsumersAreConstructedWithTheirDependencies() {
        return constructors().that().areDeclaredInClassesThat(beans())
                .and(DescribedPredicate.describe("take parameters",
                        (JavaConstructor c) -> !c.getRawParameterTypes().isEmpty()))
                .should().beDeclaredInClassesThat().areAssignableTo("agency.suits.messaging.inbox.InboxConsumer")
                .allowEmptyShould(true)
                .as("only consumers are constructed with their dependencies (they hand their handlers to the "
                        + "inbox); every other bean injects fields");
    }

    private static DescribedPredicate<JavaClass> beans() {
        return DescribedPredicate.describe("are beans or resources", (JavaClass type) ->
                type.isAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
                        || type.isAnnotatedWith("jakarta.enterprise.context.RequestScoped")
                        || type.isAnnotatedWith("jakarta.inject.Singleton")
                        || type.isAnnotatedWith(Path.class));
    }

    static ArchRule namesComeFromTheAgency() {
        return noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Impl")
                .as("names come from the agency's words, not Manager, Helper, Util or Impl");
    }

    /**
     * The classes rules live in: no annotations of a container, the database, HTTP or messaging; not a record, enum,
     * interface or exception; not a mapper between layers (named ...View(s), ...Column, ...Mapper).
     */
    private static DescribedPredicate<JavaClass> plainClasses() {
        return DescribedPredicate.describe("are plain classes", (JavaClass type) ->
                !type.isRecord() && !type.isEnum() && !type.isInterface() && !type.isAnnotation()
                        && type.isTopLevelClass()
                        && !type.isAssignableTo(Throwable.class)
                        && type.getAnnotations().isEmpty()
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT)
                        && !type.isAnnotatedWith(Converter.class)
                        && !type.getSimpleName().matches(".*(View|Views|Column|Mapper|Problems)$")
                        && type.getAllRawSuperclasses().stream().noneMatch(ServiceShape::isFrameworkType));
    }

    private static boolean isFrameworkType(JavaClass type) {
        return type.getPackageName().startsWith("io.quarkus") || type.getPackageName().startsWith("jakarta");
    }

    private static DescribedPredicate<JavaClass> containMethodsAnnotatedWith(Class<Transactional> annotation) {
        return DescribedPredicate.describe("contain methods annotated with @" + annotation.getSimpleName(),
                (JavaClass type) -> type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(annotation)));
    }

    private static DescribedPredicate<JavaClass> dependOn(String className) {
        return DescribedPredicate.describe("depend on " + className, (JavaClass type) ->
                type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().getName().equals(className)));
    }
}
