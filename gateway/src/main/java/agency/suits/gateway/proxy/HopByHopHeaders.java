package agency.suits.gateway.proxy;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.vertx.core.MultiMap;

/**
 * Headers that describe one connection rather than the message (RFC 9110 section 7.6.1). They are
 * meaningless on the gateway's own connection to the other side, so they are dropped both ways.
 */
public final class HopByHopHeaders {

    private static final Set<String> ALWAYS = Set.of(
            "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHopHeaders() {
    }

    /** Copies {@code from} into {@code to} without hop-by-hop headers, including any the Connection header names. */
    public static void copyEndToEnd(MultiMap from, MultiMap to) {
        Set<String> dropped = new TreeSet<>(ALWAYS);
        for (String connectionValue : from.getAll("Connection")) {
            for (String token : connectionValue.split(",")) {
                dropped.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        from.forEach(header -> {
            String name = header.getKey();
            // HTTP/2 pseudo-headers (":path") belong to the caller's stream and are no header to copy.
            if (!name.startsWith(":") && !dropped.contains(name.toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }
}
