package agency.suits.gateway.health;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import agency.suits.gateway.upstream.GatewayConfig;
import agency.suits.gateway.upstream.UpstreamClient;
import agency.suits.gateway.upstream.UpstreamService;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;

/**
 * Reports, as data, whether each service answers its own readiness endpoint.
 *
 * <p>The check itself is always UP, deliberately. The gateway's readiness means "the gateway can take
 * traffic"; when a service is down the gateway still can, and answers that service's routes with a
 * 502 problem while the other services' routes keep working. Tying the gateway's readiness to every
 * service would turn one service outage into a total one (an orchestrator would pull the gateway out),
 * and would deadlock start-up ordering: the local stack and docker-compose already wait for each
 * service's own health before declaring the system up, so they need no help from the gateway here.
 */
@Readiness
@ApplicationScoped
public class UpstreamReachabilityCheck implements AsyncHealthCheck {

    static final String NAME = "upstream services";
    private static final String SERVICE_READINESS = "/q/health/ready";

    private final UpstreamClient upstreams;
    private final GatewayConfig config;

    UpstreamReachabilityCheck(UpstreamClient upstreams, GatewayConfig config) {
        this.upstreams = upstreams;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Probe>> probes = Arrays.stream(UpstreamService.values()).map(this::probe).toList();
        return Uni.join().all(probes).andCollectFailures().map(results -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
            results.forEach(probe -> response.withData(probe.service().key(), probe.outcome()));
            return response.build();
        });
    }

    private Uni<Probe> probe(UpstreamService service) {
        long timeout = config.probeTimeout().toMillis();
        Future<String> outcome = upstreams.open(service, HttpMethod.GET, SERVICE_READINESS, timeout)
                .compose(request -> request.send()
                        .compose(response -> response.body().map(ignored -> describe(response)))
                        .recover(failure -> Future.succeededFuture(failure instanceof TimeoutException
                                ? "no answer within " + timeout + " ms"
                                : "unreachable: " + failure.getMessage())),
                        failure -> Future.succeededFuture("unreachable: " + failure.getMessage()));
        return Uni.createFrom().completionStage(outcome.toCompletionStage())
                .map(text -> new Probe(service, text));
    }

    private static String describe(HttpClientResponse response) {
        int status = response.statusCode();
        return status >= 200 && status < 300 ? "ready" : "not ready (HTTP " + status + ")";
    }

    private record Probe(UpstreamService service, String outcome) {
    }
}
