package agency.suits.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * There is no Docker engine where the build runs, so docker-compose.yml is checked by reading it: every service
 * present and health-gated, and each app's environment exactly what its application.properties needs, the same
 * variables the local stack sets.
 */
class LocalStackComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("suits.repository.root", "../.."))
            .toAbsolutePath().normalize();
    private static final ComposeFile COMPOSE = ComposeFile.read(ROOT.resolve("docker-compose.yml"));
    private static final Path INIT_SCRIPT =
            ROOT.resolve("platform/local-stack/src/main/docker/postgres/create-databases.sh");

    /** Settings every service reads from its deployment: the database, the broker, the token verification key. */
    private static final List<String> SERVICE_WIRING = List.of(
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "kafka.bootstrap.servers",
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer",
            "mp.jwt.verify.audiences");
    /** The gateway verifies tokens too, with the same settings. */
    private static final List<String> TOKEN_VERIFICATION = SERVICE_WIRING.subList(4, 7);
    private static final Pattern UPSTREAM_URL = Pattern.compile("suits\\.gateway\\.services\\.([a-z0-9-]+)\\.url");

    @Test
    void everyAppAndBothInfrastructureServicesArePresent() {
        Set<String> expected = new TreeSet<>(Set.of("postgres", "kafka"));
        for (StackApp app : StackApp.values()) {
            expected.add(app.module());
        }
        assertEquals(expected, new TreeSet<>(COMPOSE.services().keySet()));
    }

    @Test
    void infrastructureUsesTheOfficialImages() {
        assertEquals("postgres:16", COMPOSE.service("postgres").get("image"));
        assertEquals("apache/kafka:4.1.2", COMPOSE.service("kafka").get("image"));
        assertTrue(COMPOSE.environment("kafka").get("KAFKA_PROCESS_ROLES").contains("controller"),
                "single-node KRaft: the broker is its own controller");
    }

    @Test
    void everyServiceHasAHealthCheckThatProbesWhatItOffers() {
        assertTrue(COMPOSE.healthCheck("postgres").contains("pg_isready"), COMPOSE.healthCheck("postgres"));
        assertTrue(COMPOSE.healthCheck("kafka").contains("kafka-broker-api-versions"), COMPOSE.healthCheck("kafka"));
        for (StackApp app : StackApp.values()) {
            String check = resolveContainerVariables(COMPOSE.healthCheck(app.module()),
                    COMPOSE.environment(app.module()));
            assertTrue(check.contains("/q/health/ready"), app.module() + ": " + check);
            assertTrue(check.contains("/" + app.httpPort()) || check.contains(":" + app.httpPort()),
                    app.module() + " health check must probe port " + app.httpPort() + ": " + check);
        }
    }

    @Test
    void everyDependencyWaitsUntilTheOtherServiceIsHealthy() {
        COMPOSE.services().forEach((name, service) -> {
            Object dependsOn = service.get("depends_on");
            if (dependsOn == null) {
                return;
            }
            Map<String, Object> dependencies = ComposeFile.map(dependsOn, name + ".depends_on");
            dependencies.forEach((dependency, condition) -> {
                assertTrue(COMPOSE.services().containsKey(dependency), name + " depends on unknown " + dependency);
                assertEquals("service_healthy",
                        ComposeFile.map(condition, name + ".depends_on." + dependency).get("condition"),
                        name + " must wait until " + dependency + " is healthy");
            });
        });
    }

    @Test
    void servicesStartAfterTheDatabaseAndBrokerAndTheGatewayAfterTheServices() {
        for (StackApp service : StackApp.services()) {
            assertEquals(Set.of("postgres", "kafka"), dependencies(service.module()), service.module());
        }
        assertEquals(StackApp.services().stream().map(StackApp::module).collect(Collectors.toSet()),
                dependencies(StackApp.GATEWAY.module()));
    }

    @ParameterizedTest
    @EnumSource(StackApp.class)
    void appIsBuiltFromItsModulesJvmDockerfile(StackApp app) {
        Map<String, Object> build = ComposeFile.map(COMPOSE.service(app.module()).get("build"),
                app.module() + ".build");
        Path context = ROOT.resolve(String.valueOf(build.get("context"))).normalize();
        assertEquals(ROOT.resolve(app.module()), context, app.module() + " build context");
        assertEquals("src/main/docker/Dockerfile.jvm", build.get("dockerfile"));
        assertTrue(Files.exists(context.resolve("src/main/docker/Dockerfile.jvm")),
                app.module() + "/src/main/docker/Dockerfile.jvm is missing");
    }

    /** Compose and the manifests give each app 512 MiB: the image must size the heap to it, not to the host. */
    @ParameterizedTest
    @EnumSource(StackApp.class)
    void appImageSizesItsHeapToTheContainer(StackApp app) throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(app.module()).resolve("src/main/docker/Dockerfile.jvm"));

        assertTrue(dockerfile.contains("\nENV JAVA_MAX_MEM_RATIO=25\n"),
                app.module() + ": heap a quarter of the limit");
        String arenas = "\nENV MALLOC_ARENA_MAX=" + AppJvm.ENVIRONMENT.get("MALLOC_ARENA_MAX") + "\n";
        assertTrue(dockerfile.contains(arenas), app.module() + ": the local stack's malloc arenas");
    }

    @ParameterizedTest
    @EnumSource(StackApp.class)
    void appEnvironmentIsExactlyWhatItsPropertiesNeed(StackApp app) {
        Set<String> needed = neededEnvironment(app, ModuleConfiguration.of(ROOT, app.module()));

        assertEquals(new TreeSet<>(needed), new TreeSet<>(COMPOSE.environment(app.module()).keySet()),
                app.module() + " in docker-compose.yml");
    }

    @ParameterizedTest
    @EnumSource(StackApp.class)
    void localStackSetsTheSameVariablesAsCompose(StackApp app) {
        Map<String, String> local = AppEnvironment.of(app,
                AppEnvironment.Wiring.local(URI.create("file:/tmp/public.pem")));

        assertEquals(new TreeSet<>(COMPOSE.environment(app.module()).keySet()), new TreeSet<>(local.keySet()),
                app.module());
    }

    @ParameterizedTest
    @EnumSource(StackApp.class)
    void appListensOnItsOwnPortAndOnlyTheGatewayIsPublished(StackApp app) {
        Map<String, String> environment = COMPOSE.environment(app.module());
        assertEquals(String.valueOf(app.httpPort()), environment.get("QUARKUS_HTTP_PORT"), app.module());
        Object ports = COMPOSE.service(app.module()).get("ports");
        if (app.isGateway()) {
            assertEquals(List.of(app.httpPort() + ":" + app.httpPort()), ports, app.module() + " ports");
        } else {
            assertEquals(null, ports, app.module() + " is reached through the gateway only");
            assertEquals(List.of(String.valueOf(app.httpPort())), COMPOSE.service(app.module()).get("expose"));
        }
        ModuleConfiguration.of(ROOT, app.module()).prodValue("quarkus.http.port")
                .filter(port -> !port.startsWith("$"))
                .ifPresent(port -> assertEquals(String.valueOf(app.httpPort()), port,
                        app.module() + "'s application.properties sets another quarkus.http.port"));
    }

    @Test
    void noInfrastructurePortIsPublished() {
        assertEquals(null, COMPOSE.service("postgres").get("ports"), "PostgreSQL is for the services only");
        assertEquals(null, COMPOSE.service("kafka").get("ports"), "an unauthenticated broker must not be reachable");
        assertFalse(COMPOSE.environment("kafka").get("KAFKA_ADVERTISED_LISTENERS").contains("localhost"));
    }

    @Test
    void noPasswordIsWrittenInTheFile() {
        COMPOSE.services().keySet().forEach(service -> COMPOSE.rawEnvironment(service).forEach((name, value) -> {
            if (name.contains("PASSWORD")) {
                assertTrue(value.matches("\\$\\{[A-Z0-9_]+:\\?[^}]*}"),
                        service + "." + name + " must come from .env and be required, was " + value);
            }
        }));
    }

    @Test
    void everyContainerRestartsAndHasAMemoryLimitAndLocalImagesAreBuiltNotPulled() {
        COMPOSE.services().forEach((name, service) -> {
            assertEquals("unless-stopped", service.get("restart"), name + " restart policy");
            assertTrue(service.get("mem_limit") != null, name + " needs a memory limit");
        });
        for (StackApp app : StackApp.values()) {
            assertEquals("build", COMPOSE.service(app.module()).get("pull_policy"),
                    app.module() + ": suits/* images exist only where they are built");
        }
    }

    @Test
    void servicesTrustForwardingHeadersFromTheStacksNetworkOnly() {
        Map<String, Object> networks = ComposeFile.map(COMPOSE.document().get("networks"), "networks");
        String subnet = String.valueOf(((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) networks.get("suits"))
                .get("ipam")).get("config")).get(0)).get("subnet"));
        for (StackApp service : StackApp.services()) {
            assertEquals(subnet, COMPOSE.environment(service.module()).get("SUITS_TRUSTED_PROXIES"), service.module());
        }
    }

    @Test
    void initScriptCreatesExactlyTheDatabasesTheServicesConnectTo() throws IOException {
        Set<String> created = new TreeSet<>();
        Matcher create = Pattern.compile("(?m)^create_service_database ([a-z0-9_]+) ")
                .matcher(Files.readString(INIT_SCRIPT));
        while (create.find()) {
            created.add(create.group(1));
        }
        Set<String> used = new TreeSet<>();
        for (StackApp service : StackApp.services()) {
            String url = COMPOSE.environment(service.module()).get("QUARKUS_DATASOURCE_JDBC_URL");
            Matcher jdbc = Pattern.compile("jdbc:postgresql://postgres:5432/([a-z0-9_]+)").matcher(url);
            assertTrue(jdbc.matches(), service.module() + " JDBC URL " + url);
            assertEquals(service.database().orElseThrow(), jdbc.group(1), service.module() + " database");
            assertEquals(jdbc.group(1), COMPOSE.environment(service.module()).get("QUARKUS_DATASOURCE_USERNAME"),
                    service.module() + " logs in as its own role, the owner of its database only");
            used.add(jdbc.group(1));
        }
        assertEquals(used, created);
    }

    @Test
    void initScriptIsMountedWherePostgresRunsItOnFirstStart() {
        @SuppressWarnings("unchecked")
        List<Object> volumes = (List<Object>) COMPOSE.service("postgres").get("volumes");
        assertTrue(volumes.stream().map(String::valueOf).anyMatch(volume ->
                        volume.startsWith("./" + ROOT.relativize(INIT_SCRIPT) + ":/docker-entrypoint-initdb.d/")),
                "postgres volumes: " + volumes);
    }

    @Test
    void servicesReachPostgresAndKafkaByTheirComposeNames() {
        Map<String, String> kafka = COMPOSE.environment("kafka");
        assertTrue(kafka.get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT://kafka:9092"), kafka.toString());
        for (StackApp service : StackApp.services()) {
            Map<String, String> environment = COMPOSE.environment(service.module());
            assertEquals("kafka:9092", environment.get("KAFKA_BOOTSTRAP_SERVERS"), service.module());
            String password = COMPOSE.rawEnvironment(service.module()).get("QUARKUS_DATASOURCE_PASSWORD");
            String variable = password.substring(2, password.indexOf(':'));
            assertTrue(COMPOSE.rawEnvironment("postgres").containsKey(variable),
                    service.module() + "'s password is the one its role is made with: " + variable);
        }
    }

    @Test
    void servicesTrustTheLocalStacksTokens() {
        for (StackApp service : StackApp.values()) {
            Map<String, String> environment = COMPOSE.environment(service.module());
            assertEquals(DemoTokens.ISSUER, environment.get("MP_JWT_VERIFY_ISSUER"), service.module());
            assertEquals(DemoTokens.AUDIENCE, environment.get("MP_JWT_VERIFY_AUDIENCES"), service.module());
            String keyLocation = environment.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            @SuppressWarnings("unchecked")
            List<Object> volumes = (List<Object>) COMPOSE.service(service.module()).get("volumes");
            String target = URI.create(keyLocation).getPath();
            assertTrue(volumes.stream().anyMatch(volume -> volume instanceof Map<?, ?> mount
                            && target.equals(mount.get("target"))
                            && ComposeFile.interpolate(String.valueOf(mount.get("source")))
                                    .endsWith(".suits/jwt/public.pem")),
                    service.module() + " must mount the local stack's public key at " + target + ": " + volumes);
        }
    }

    @Test
    void gatewayFindsEachServiceUnderItsComposeNameAndPort() {
        Map<String, String> environment = COMPOSE.environment(StackApp.GATEWAY.module());
        for (StackApp service : StackApp.services()) {
            assertEquals("http://" + service.module() + ":" + service.httpPort(),
                    environment.get(AppEnvironment.upstreamUrlVariable(service)), service.module());
        }
    }

    /**
     * What a deployment must set for the app, derived from its application.properties: for a service the wiring
     * settings (through the placeholder its prod value names, if any), for the gateway one URL per
     * {@code suits.gateway.services.<name>.url} key, plus any placeholder without a default, plus the HTTP port.
     */
    private static Set<String> neededEnvironment(StackApp app, ModuleConfiguration configuration) {
        Set<String> needed = new LinkedHashSet<>();
        needed.add(configuration.environmentVariableFor("quarkus.http.port"));
        if (app.isGateway()) {
            // none allowed by default; the stacks let a frontend in development call the API
            needed.add(configuration.environmentVariableFor("quarkus.http.cors.origins"));
            for (String property : TOKEN_VERIFICATION) {
                needed.add(configuration.environmentVariableFor(property));
            }
            Set<String> upstreams = new TreeSet<>();
            for (String property : configuration.propertyNames()) {
                Matcher upstream = UPSTREAM_URL.matcher(property);
                if (upstream.matches()) {
                    upstreams.add(upstream.group(1));
                    needed.add(configuration.environmentVariableFor(property));
                }
            }
            assertEquals(StackApp.services().stream().map(service -> service.upstreamKey().orElseThrow())
                            .collect(Collectors.toCollection(TreeSet::new)), upstreams,
                    "the gateway's application.properties names one URL per service");
        } else {
            for (String property : SERVICE_WIRING) {
                needed.add(configuration.environmentVariableFor(property));
            }
            // platform/web's default trusts the loopback gateway; containers name their network
            needed.add("SUITS_TRUSTED_PROXIES");
        }
        needed.addAll(configuration.requiredPlaceholders());
        assertFalse(needed.isEmpty());
        return needed;
    }

    private Set<String> dependencies(String service) {
        return ComposeFile.map(COMPOSE.service(service).get("depends_on"), service + ".depends_on").keySet();
    }

    /** The container's shell expands ${NAME} from the service's environment. */
    private static String resolveContainerVariables(String command, Map<String, String> environment) {
        String resolved = command;
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            resolved = resolved.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return resolved;
    }
}
