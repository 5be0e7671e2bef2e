package agency.suits.gateway.upstream;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The gateway's one HTTP client to the upstream services (pooled per host), and the only place that
 * turns a service's configured URL and timeouts into a request.
 */
@Singleton
public class UpstreamClient {

    private final GatewayConfig config;
    private final HttpClient client;
    private final Map<UpstreamService, AtomicInteger> inFlight = new EnumMap<>(UpstreamService.class);

    UpstreamClient(Vertx vertx, GatewayConfig config) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                // Bytes pass through as the service sent them; the caller negotiated the encoding.
                .setDecompressionSupported(false)
                .setKeepAlive(true)
                // Drop an idle pooled connection well before any server would: a request written onto a
                // connection the service is closing at that moment fails as "closed" although nothing was wrong.
                .setKeepAliveTimeout((int) config.keepAliveTimeout().toSeconds()),
                // Vert.x allows 5 connections per host by default: far too few for a gateway, where a
                // handful of slow calls would otherwise queue everyone else behind them.
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService())
                        // past this many waiting calls the caller hears 503 at once instead of waiting in a queue
                        .setMaxWaitQueueSize(config.maxWaitingPerService()));
        for (UpstreamService service : UpstreamService.values()) {
            inFlight.put(service, new AtomicInteger());
        }
        // No metricsName on purpose: Quarkus would then tag client metrics with raw upstream paths
        // (one series per id). The server-side metrics already carry per-route timings.
    }

    /** A wrong URL should stop the gateway at start-up, not turn every call to that service into an error. */
    void checkServiceUrls(@Observes StartupEvent startup) {
        for (UpstreamService service : UpstreamService.values()) {
            URI url = service.settings(config).url();
            boolean http = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
            if (!http || url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null) {
                throw new IllegalStateException("suits.gateway.services." + service.key()
                        + ".url must be an absolute http(s) URL without query, like http://localhost:8081; was " + url);
            }
        }
    }

    /**
     * Opens a request to {@code service}. The returned future fails when no connection could be had
     * within the connect timeout; the request itself times out when the service stays silent for
     * longer than its route timeout.
     *
     * @param pathAndQuery path (starting with '/') and raw query, appended to the service's base path
     */
    public Future<HttpClientRequest> open(UpstreamService service, HttpMethod method, String pathAndQuery,
            MultiMap headers) {
        GatewayConfig.Upstream settings = service.settings(config);
        return client.request(requestOptions(settings.url(), method, pathAndQuery, headers)
                .setIdleTimeout(settings.timeout().toMillis()));
    }

    /** Counts a caller's call to {@code service} until {@link #release}: how the gateway knows its pool is full. */
    public void claim(UpstreamService service) {
        inFlight.get(service).incrementAndGet();
    }

    public void release(UpstreamService service) {
        inFlight.get(service).decrementAndGet();
    }

    /** Whether every pooled connection to {@code service} is taken by calls other than the current one. */
    public boolean saturated(UpstreamService service) {
        return inFlight.get(service).get() > config.maxConnectionsPerService();
    }

    /** Like {@link #open} but with an explicit silence limit, for probes that must be quicker than a route. */
    public Future<HttpClientRequest> open(UpstreamService service, HttpMethod method, String pathAndQuery,
            long timeoutMillis) {
        GatewayConfig.Upstream settings = service.settings(config);
        return client.request(requestOptions(settings.url(), method, pathAndQuery, MultiMap.caseInsensitiveMultiMap())
                .setConnectTimeout(Math.min(timeoutMillis, config.connectTimeout().toMillis()))
                .setIdleTimeout(timeoutMillis));
    }

    private RequestOptions requestOptions(URI base, HttpMethod method, String pathAndQuery, MultiMap headers) {
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : (tls ? 443 : 80);
        return new RequestOptions()
                .setMethod(method)
                .setHost(base.getHost())
                .setPort(port)
                .setSsl(tls)
                .setURI(basePath(base) + pathAndQuery)
                .setHeaders(headers)
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis());
    }

    private static String basePath(URI base) {
        String path = base.getRawPath();
        if (path == null || path.isEmpty()) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
