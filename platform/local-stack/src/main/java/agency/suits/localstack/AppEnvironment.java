package agency.suits.localstack;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The environment each app gets from the local stack: where its database, the broker and the token key are, and
 * for the gateway where the services are. docker-compose.yml sets the same variable names (a test holds them
 * together), with container addresses instead of 127.0.0.1.
 */
public final class AppEnvironment {

    /**
     * The origins a frontend in development is served from (Vite's and the React/Next dev servers' defaults): the
     * gateway of the local stack lets them call the API from the browser. Elsewhere no origin is allowed unless set.
     */
    public static final String DEV_FRONTEND_ORIGINS = "http://localhost:5173,http://localhost:3000";

    private AppEnvironment() {
    }

    /** Where the shared infrastructure of a running stack is. */
    public record Wiring(String postgresHostPort, String postgresUser, String postgresPassword,
                         String kafkaBootstrapServers, URI jwtPublicKey, String jwtIssuer, String jwtAudience) {

        /** The local stack's wiring: everything on the loopback interface, on the fixed ports. */
        public static Wiring local(URI jwtPublicKey) {
            return new Wiring("127.0.0.1:" + StackPorts.POSTGRES, "postgres", "",
                    "127.0.0.1:" + StackPorts.KAFKA, jwtPublicKey, DemoTokens.ISSUER, DemoTokens.AUDIENCE);
        }
    }

    /** The environment of an app of the local stack, on its fixed port, the gateway pointing at the fixed ports. */
    public static Map<String, String> of(StackApp app, Wiring wiring) {
        Map<StackApp, String> upstreams = new LinkedHashMap<>();
        for (StackApp service : StackApp.services()) {
            upstreams.put(service, "http://127.0.0.1:" + service.httpPort());
        }
        return of(app, wiring, app.httpPort(), upstreams);
    }

    /**
     * The environment of an app on a port of the caller's choice; for the gateway, the services' base URLs. The
     * system tests run the stack on free ports, and several instances of one service, this way.
     */
    public static Map<String, String> of(StackApp app, Wiring wiring, int httpPort, Map<StackApp, String> upstreams) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        // the gateway checks tokens at the edge with the same key and settings as the services
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", wiring.jwtPublicKey().toString());
        env.put("MP_JWT_VERIFY_ISSUER", wiring.jwtIssuer());
        env.put("MP_JWT_VERIFY_AUDIENCES", wiring.jwtAudience());
        if (app.isGateway()) {
            for (StackApp service : StackApp.services()) {
                env.put(upstreamUrlVariable(service), upstreams.get(service));
            }
            env.put("QUARKUS_HTTP_CORS_ORIGINS", DEV_FRONTEND_ORIGINS);
            return env;
        }
        String database = app.database().orElseThrow();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + wiring.postgresHostPort() + "/" + database);
        env.put("QUARKUS_DATASOURCE_USERNAME", wiring.postgresUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", wiring.postgresPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", wiring.kafkaBootstrapServers());
        // the gateway runs on the loopback interface here: only its forwarding headers are honoured
        env.put("SUITS_TRUSTED_PROXIES", "127.0.0.1");
        return env;
    }

    /** The gateway's {@code suits.gateway.services.<key>.url} as an environment variable. */
    public static String upstreamUrlVariable(StackApp service) {
        return environmentName("suits.gateway.services." + service.upstreamKey().orElseThrow() + ".url");
    }

    /** MicroProfile Config's environment name of a property: non-alphanumerics become '_', then upper case. */
    public static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
