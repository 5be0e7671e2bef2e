package agency.suits.system;

import agency.suits.events.Topics;
import agency.suits.localstack.StackApp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No cluster runs where the build runs, so what would be deployed is checked by reading it: the manifest Quarkus
 * generates for each app when it is packaged, and the operators' resources in platform/kubernetes that the manifests
 * expect (databases, broker, topics, settings).
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("suits.repository.root", "../..")).toAbsolutePath()
            .normalize();
    private static final Path CLUSTER = ROOT.resolve("platform/kubernetes/src/main/cluster");
    private static final KubernetesResources DATABASES = KubernetesResources.read(CLUSTER.resolve("databases.yml"));
    private static final KubernetesResources BROKER = KubernetesResources.read(CLUSTER.resolve("kafka.yml"));
    private static final KubernetesResources SETTINGS = KubernetesResources.read(CLUSTER.resolve("settings.yml"));
    private static final Map<StackApp, KubernetesResources> MANIFESTS = new EnumMap<>(StackApp.class);
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|JAAS|CREDENTIAL|TOKEN).*");

    @ParameterizedTest
    @EnumSource(StackApp.class)
    void eachAppRunsAsNonRootOnAReadOnlyFileSystemWithLimitsAndProbes(StackApp app) {
        JsonNode pod = deployment(app).path("spec").path("template").path("spec");
        JsonNode container = container(app);

        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), "runAsNonRoot");
        assertTrue(pod.path("securityContext").path("runAsUser").asLong() > 0, "a user other than root");
        JsonNode security = container.path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), "read-only root file system");
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), "no privilege escalation");
        assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), "every capability dropped");
        assertEquals("emptyDir", volumeKind(pod, mountedAt(container, "/tmp")), "/tmp is an emptyDir");

        JsonNode resources = container.path("resources");
        assertTrue(resources.path("requests").hasNonNull("cpu") && resources.path("requests").hasNonNull("memory"),
                "requests: " + resources);
        assertTrue(resources.path("limits").hasNonNull("memory"), "a memory limit: " + resources);

        assertEquals(app.httpPort(), container.path("ports").get(0).path("containerPort").asInt());
        Map<String, String> probes = new TreeMap<>();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            JsonNode get = container.path(probe).path("httpGet");
            assertEquals(app.httpPort(), get.path("port").asInt(), probe + " port");
            probes.put(probe, get.path("path").asText());
        }
        assertEquals(Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started"), probes);

        assertEquals("suits/" + app.module(), image(container).replaceFirst("^docker\\.io/", ""));
        assertEquals("IfNotPresent", container.path("imagePullPolicy").asText());
        assertTrue(deployment(app).path("spec").path("replicas").asInt() >= 2, "at least two replicas");
        assertFalse(deployment(app).path("spec").path("selector").path("matchLabels")
                .has("app.kubernetes.io/version"), "the version is not in the (immutable) selector");
    }

    @ParameterizedTest
    @EnumSource(StackApp.class)
    void eachManifestHoldsOnlyWhatEveryClusterCanTake(StackApp app) {
        List<String> expected = app.isGateway() ? List.of("Deployment", "Ingress", "Service")
                : List.of("Deployment", "Service");
        assertEquals(expected, manifest(app).kinds(), "no Job, no ServiceMonitor, no RBAC");
    }

    @ParameterizedTest
    @EnumSource(StackApp.class)
    void noSecretIsWrittenIntoAManifestAndEverySettingReadExists(StackApp app) {
        JsonNode settings = SETTINGS.one("ConfigMap", "suits-settings").path("data");
        for (JsonNode variable : container(app).path("env")) {
            String name = variable.path("name").asText();
            JsonNode from = variable.path("valueFrom");
            if (SECRET_NAME.matcher(name).matches()) {
                assertTrue(from.has("secretKeyRef"), name + " comes from a Secret: " + variable);
            }
            JsonNode configMap = from.path("configMapKeyRef");
            if (!configMap.isMissingNode()) {
                assertEquals("suits-settings", configMap.path("name").asText(), name);
                assertTrue(settings.hasNonNull(configMap.path("key").asText()),
                        name + " reads " + configMap.path("key").asText() + ", which settings.yml must hold");
            }
        }
        String settingsText = read(CLUSTER.resolve("settings.yml"));
        for (JsonNode volume : deployment(app).path("spec").path("template").path("spec").path("volumes")) {
            String configMap = volume.path("configMap").path("name").asText("");
            assertTrue(configMap.isEmpty() || settingsText.contains("configmap " + configMap),
                    "settings.yml says how to create the ConfigMap " + configMap);
        }
    }

    @ParameterizedTest
    @EnumSource(value = StackApp.class, names = "GATEWAY", mode = EnumSource.Mode.EXCLUDE)
    void eachServiceReadsItsOwnDatabaseFromItsOperatorsSecret(StackApp service) {
        String cluster = service.module() + "-db";
        Map<String, String> secretRefs = new TreeMap<>();
        for (JsonNode variable : container(service).path("env")) {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            if (variable.path("name").asText().startsWith("QUARKUS_DATASOURCE_")) {
                secretRefs.put(variable.path("name").asText(),
                        secret.path("name").asText() + "/" + secret.path("key").asText());
            }
        }
        assertEquals(Map.of("QUARKUS_DATASOURCE_JDBC_URL", cluster + "-app/jdbc-uri",
                "QUARKUS_DATASOURCE_USERNAME", cluster + "-app/username",
                "QUARKUS_DATASOURCE_PASSWORD", cluster + "-app/password"), secretRefs);
        JsonNode initdb = DATABASES.one("Cluster", cluster).path("spec").path("bootstrap").path("initdb");
        assertEquals(service.database().orElseThrow(), initdb.path("database").asText());
        assertTrue(DATABASES.one("Cluster", cluster).path("spec").path("instances").asInt() >= 2, "a standby");
    }

    @Test
    void theGatewayReachesEachServiceByItsClusterNameAndIsTheOnlyOnePublished() {
        Map<String, String> upstreams = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (JsonNode variable : container(StackApp.GATEWAY).path("env")) {
            if (variable.path("name").asText().startsWith("SUITS_GATEWAY_SERVICES_")) {
                upstreams.put(variable.path("name").asText(), variable.path("value").asText());
            }
        }
        for (StackApp service : StackApp.services()) {
            String key = service.upstreamKey().orElseThrow().toUpperCase(Locale.ROOT);
            expected.put("SUITS_GATEWAY_SERVICES_" + key + "_URL", "http://" + service.module());
            JsonNode port = manifest(service).one("Service", service.module()).path("spec").path("ports").get(0);
            assertEquals(80, port.path("port").asInt(), service + " Service port");
            assertEquals(service.httpPort(), port.path("targetPort").asInt(), service + " Service target");
            assertEquals("ClusterIP", manifest(service).one("Service", service.module()).path("spec")
                    .path("type").asText(), service + " stays inside the cluster");
        }
        assertEquals(expected, upstreams);

        TreeSet<String> published = new TreeSet<>();
        for (JsonNode rule : manifest(StackApp.GATEWAY).one("Ingress", "gateway").path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                assertEquals("gateway", path.path("backend").path("service").path("name").asText());
                published.add(path.path("path").asText());
            }
        }
        assertEquals(new TreeSet<>(List.of("/api", "/asyncapi", "/openapi")), published,
                "the API and its documents, never /q (metrics, health) and never the whole host");
    }

    @Test
    void everyTopicIsDeclaredForTheOperatorAndOnlySuitsPodsReachTheBroker() {
        JsonNode kafka = BROKER.all("Kafka").get(0);
        String name = kafka.path("metadata").path("name").asText();
        TreeSet<String> declared = new TreeSet<>();
        for (JsonNode topic : BROKER.all("KafkaTopic")) {
            assertEquals(name, topic.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            assertTrue(topic.path("spec").path("replicas").asInt() >= 3, "three replicas");
            declared.add(topic.path("metadata").path("name").asText());
        }
        assertEquals(new TreeSet<>(Topics.ALL), declared);
        assertFalse(kafka.path("spec").path("kafka").path("config").path("auto.create.topics.enable").asBoolean(true));

        JsonNode listener = kafka.path("spec").path("kafka").path("listeners").get(0);
        assertEquals(name + "-kafka-bootstrap:" + listener.path("port").asInt(),
                SETTINGS.one("ConfigMap", "suits-settings").path("data").path("kafka-bootstrap-servers").asText());
        JsonNode peer = listener.path("networkPolicyPeers").get(0).path("podSelector").path("matchLabels");
        assertEquals("suits", peer.path("app.kubernetes.io/part-of").asText());
        for (StackApp app : StackApp.values()) {
            assertEquals("suits", deployment(app).path("spec").path("template").path("metadata").path("labels")
                    .path("app.kubernetes.io/part-of").asText(), app + " pods may reach the broker");
        }
    }

    private static KubernetesResources manifest(StackApp app) {
        return MANIFESTS.computeIfAbsent(app, read -> KubernetesResources.read(
                ROOT.resolve(read.module()).resolve("target/kubernetes/kubernetes.yml")));
    }

    private static JsonNode deployment(StackApp app) {
        return manifest(app).one("Deployment", app.module());
    }

    private static JsonNode container(StackApp app) {
        JsonNode containers = deployment(app).path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), app + ": one container");
        return containers.get(0);
    }

    private static String image(JsonNode container) {
        return container.path("image").asText().replaceFirst(":[^:/]+$", "");
    }

    private static String mountedAt(JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asText())) {
                return mount.path("name").asText();
            }
        }
        throw new AssertionError("nothing mounted at " + path);
    }

    private static String volumeKind(JsonNode pod, String volume) {
        for (JsonNode candidate : pod.path("volumes")) {
            if (volume.equals(candidate.path("name").asText())) {
                List<String> fields = new ArrayList<>();
                candidate.fieldNames().forEachRemaining(fields::add);
                fields.remove("name");
                return String.join(",", fields);
            }
        }
        throw new AssertionError("no volume " + volume);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(file + ": " + e);
        }
    }
}
