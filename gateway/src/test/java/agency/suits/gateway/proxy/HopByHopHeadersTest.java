package agency.suits.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class HopByHopHeadersTest {

    @Test
    void dropsConnectionLevelHeadersAndThoseTheConnectionHeaderNames() {
        MultiMap from = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "keep-alive, X-Hop-Secret")
                .add("Keep-Alive", "timeout=5")
                .add("Transfer-Encoding", "chunked")
                .add("TE", "trailers")
                .add("Upgrade", "h2c")
                .add("Proxy-Authorization", "Basic Zm9vOmJhcg==")
                .add("X-Hop-Secret", "only for the next hop")
                .add("Authorization", "Bearer token")
                .add("Accept", "application/json")
                .add("Accept", "text/plain");
        MultiMap to = MultiMap.caseInsensitiveMultiMap();

        HopByHopHeaders.copyEndToEnd(from, to);

        assertEquals(Set.of("Authorization", "Accept"), to.names());
        assertEquals("Bearer token", to.get("Authorization"));
        assertEquals(List.of("application/json", "text/plain"), to.getAll("Accept"));
    }
}
