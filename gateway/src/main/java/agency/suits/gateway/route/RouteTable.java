package agency.suits.gateway.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import agency.suits.gateway.upstream.UpstreamService;

/**
 * Finds the one service that owns an {@code /api} path. Built from {@link UpstreamService}, which is
 * the only place prefixes are written down.
 */
public final class RouteTable {

    private final List<Route> routes;

    RouteTable(List<Route> routes) {
        // One owner per path: a prefix listed twice, or nested in another (/api/jobs and
        // /api/jobs/x), would make the owner depend on list order. Refuse to start instead. The one
        // nesting allowed is a templated route inside a plain prefix (/api/clients/{clientId}/margin
        // in /api/clients): it names a path parameter, so it is a deliberate carve-out, and the
        // longer route wins whatever the order.
        for (Route route : routes) {
            for (Route other : routes) {
                boolean carvedOut = other.templated() && !route.templated();
                if (route != other && !carvedOut && route.matches(other.prefix())) {
                    throw new IllegalStateException("Prefix " + other.prefix() + " (" + other.owner().serviceName()
                            + ") overlaps " + route.prefix() + " (" + route.owner().serviceName() + ")");
                }
            }
        }
        this.routes = List.copyOf(routes);
    }

    public static RouteTable ofAllServices() {
        List<Route> routes = new ArrayList<>();
        for (UpstreamService service : UpstreamService.values()) {
            service.prefixes().forEach(prefix -> routes.add(new Route(prefix, service)));
        }
        return new RouteTable(routes);
    }

    /**
     * Prefixes end on a path segment boundary and are unique, so at most one plain prefix matches;
     * a templated route carved out of it is longer and wins over it.
     */
    public Optional<Route> routeFor(String path) {
        return routes.stream().filter(route -> route.matches(path)).max(Comparator.comparingInt(Route::segments));
    }

    public List<Route> routes() {
        return routes;
    }
}
