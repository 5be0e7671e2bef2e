package agency.suits.localstack;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AppEnvironmentTest {

    private static final AppEnvironment.Wiring LOCAL =
            AppEnvironment.Wiring.local(URI.create("file:/home/dev/suits/.suits/jwt/public.pem"));

    @Test
    void serviceGetsItsOwnDatabaseTheBrokerAndTheTokenKey() {
        Map<String, String> env = AppEnvironment.of(StackApp.BRIEFS, LOCAL);

        assertEquals(Map.of(
                "QUARKUS_HTTP_PORT", "8082",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/briefs",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092",
                "SUITS_TRUSTED_PROXIES", "127.0.0.1",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:/home/dev/suits/.suits/jwt/public.pem",
                "MP_JWT_VERIFY_ISSUER", "https://suits.local/issuer",
                "MP_JWT_VERIFY_AUDIENCES", "suits"), env);
    }

    @Test
    void everyServiceHasADifferentDatabaseAndPort() {
        Set<String> urls = new java.util.HashSet<>();
        Set<String> ports = new java.util.HashSet<>();
        for (StackApp service : StackApp.services()) {
            Map<String, String> env = AppEnvironment.of(service, LOCAL);
            urls.add(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            ports.add(env.get("QUARKUS_HTTP_PORT"));
        }
        assertEquals(StackApp.services().size(), urls.size());
        assertEquals(StackApp.services().size(), ports.size());
    }

    @Test
    void gatewayGetsTheServicesAddressesAndTheTokenKeyAndNothingElseOfTheirs() {
        Map<String, String> env = AppEnvironment.of(StackApp.GATEWAY, LOCAL);

        assertEquals(Map.of(
                "QUARKUS_HTTP_PORT", "8080",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:/home/dev/suits/.suits/jwt/public.pem",
                "MP_JWT_VERIFY_ISSUER", "https://suits.local/issuer",
                "MP_JWT_VERIFY_AUDIENCES", "suits",
                "SUITS_GATEWAY_SERVICES_CLIENTS_URL", "http://127.0.0.1:8081",
                "SUITS_GATEWAY_SERVICES_BRIEFS_URL", "http://127.0.0.1:8082",
                "SUITS_GATEWAY_SERVICES_CREATIVE_URL", "http://127.0.0.1:8083",
                "SUITS_GATEWAY_SERVICES_BILLING_URL", "http://127.0.0.1:8084",
                "QUARKUS_HTTP_CORS_ORIGINS", "http://localhost:5173,http://localhost:3000"), env);
        assertFalse(env.containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    @Test
    void propertyNamesBecomeMicroProfileEnvironmentNames() {
        assertEquals("QUARKUS_DATASOURCE_JDBC_URL", AppEnvironment.environmentName("quarkus.datasource.jdbc.url"));
        assertEquals("SUITS_GATEWAY_SERVICES_CLIENTS_URL",
                AppEnvironment.environmentName("suits.gateway.services.clients.url"));
        assertEquals("SUITS_GATEWAY_CONNECT_TIMEOUT", AppEnvironment.environmentName("suits.gateway.connect-timeout"));
    }
}
