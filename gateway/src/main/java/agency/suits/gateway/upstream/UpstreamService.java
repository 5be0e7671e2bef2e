package agency.suits.gateway.upstream;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The services behind the gateway and the {@code /api} prefixes each one owns.
 *
 * <p>This enum is the gateway's single route table: adding a resource to a service means adding its
 * prefix here, nowhere else. {@code /api/operations/<service name>} is each service's operations API (its dead
 * letters), named by the service so that one prefix has one owner. A prefix naming a path parameter is carved
 * out of another service's prefix ({@code /api/clients/{clientId}/margin}: billing's figures of a client) and wins
 * over it ({@link agency.suits.gateway.route.RouteTable}). Where a service lives (URL, timeout) is
 * deployment detail and so sits in configuration ({@link GatewayConfig}), keyed by {@link #key()}.
 */
public enum UpstreamService {

    CLIENTS("clients", "clients-service",
            "/api/staff", "/api/clients", "/api/contracts", "/api/me/notifications", "/api/me/notification-settings",
            "/api/webhooks", "/api/opportunities", "/api/rule-settings",
            "/api/operations/clients-service"),
    BRIEFS("briefs", "briefs-service",
            "/api/job-requests", "/api/briefs", "/api/operations/briefs-service"),
    CREATIVE("creative", "creative-workflow-service",
            "/api/creative-jobs", "/api/operations/creative-workflow-service"),
    BILLING("billing", "billing-service",
            "/api/rate-cards", "/api/estimates", "/api/jobs", "/api/change-orders", "/api/time-entries",
            "/api/cost-entries", "/api/invoices", "/api/payables", "/api/billing-summaries",
            "/api/clients/{clientId}/margin", "/api/clients/{clientId}/retainer-periods",
            "/api/operations/billing-service");

    private final String key;
    private final String serviceName;
    private final List<String> prefixes;

    UpstreamService(String key, String serviceName, String... prefixes) {
        this.key = key;
        this.serviceName = serviceName;
        this.prefixes = List.of(prefixes);
    }

    /** Short name used in configuration ({@code suits.gateway.services.<key>}) and in {@code /openapi/<key>}. */
    public String key() {
        return key;
    }

    /** The name callers and operators know the service by; problem details name it. */
    public String serviceName() {
        return serviceName;
    }

    public List<String> prefixes() {
        return prefixes;
    }

    public static Optional<UpstreamService> byKey(String key) {
        return Arrays.stream(values()).filter(service -> service.key.equals(key)).findFirst();
    }

    /** Where this service lives, as configured. */
    public GatewayConfig.Upstream settings(GatewayConfig config) {
        GatewayConfig.Services services = config.services();
        return switch (this) {
            case CLIENTS -> services.clients();
            case BRIEFS -> services.briefs();
            case CREATIVE -> services.creative();
            case BILLING -> services.billing();
        };
    }
}
