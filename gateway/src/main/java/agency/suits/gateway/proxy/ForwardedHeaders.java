package agency.suits.gateway.proxy;

import java.util.List;
import java.util.Locale;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/**
 * Tells the upstream how the caller reached the gateway, so that a service running with
 * {@code quarkus.http.proxy.proxy-address-forwarding=true}, {@code allow-x-forwarded=true} and
 * {@code enable-forwarded-host=true} builds {@code Location} and other absolute URLs that point at
 * the gateway instead of at itself.
 *
 * <p>The gateway is the edge of the system, so whatever forwarding headers a caller sends are
 * replaced, not extended: otherwise any caller could make a service believe it was reached over
 * https, from another address, or under another host name.
 */
public final class ForwardedHeaders {

    public static final String PROTO = "X-Forwarded-Proto";
    public static final String HOST = "X-Forwarded-Host";
    public static final String PORT = "X-Forwarded-Port";
    public static final String FOR = "X-Forwarded-For";

    private static final List<String> CALLER_SUPPLIED = List.of(
            "Forwarded", PROTO, HOST, PORT, FOR, "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl",
            "X-Forwarded-Trusted-Proxy");

    private ForwardedHeaders() {
    }

    public static void replace(HttpServerRequest request, MultiMap upstreamHeaders) {
        CALLER_SUPPLIED.forEach(upstreamHeaders::remove);

        String scheme = request.scheme() == null ? "http" : request.scheme().toLowerCase(Locale.ROOT);
        upstreamHeaders.set(PROTO, scheme);

        // The authority is what the caller typed (Host or :authority), port included when it was given;
        // absent only for a bare HTTP/1.0 request, and then there is nothing truthful to forward.
        HostAndPort authority = request.authority();
        if (authority != null) {
            upstreamHeaders.set(HOST, authority.toString());
            int port = authority.port() > 0 ? authority.port() : defaultPort(scheme);
            upstreamHeaders.set(PORT, Integer.toString(port));
        }

        SocketAddress caller = request.remoteAddress();
        if (caller != null && caller.hostAddress() != null) {
            upstreamHeaders.set(FOR, caller.hostAddress());
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
