package agency.suits.gateway.route;

import agency.suits.gateway.upstream.UpstreamService;

/**
 * One {@code /api} prefix and the service that owns it. A prefix may name a path parameter ({@code {clientId}}),
 * which matches any one non-empty segment: {@code /api/clients/{clientId}/margin} is billing's figure of a client
 * inside clients-service's {@code /api/clients}.
 */
public record Route(String prefix, UpstreamService owner) {

    /**
     * The exact prefix or anything below it: {@code /api/clients} owns {@code /api/clients/7} but not
     * {@code /api/clientsX}.
     */
    public boolean matches(String path) {
        if (!templated()) {
            return path.equals(prefix) || (path.startsWith(prefix) && path.charAt(prefix.length()) == '/');
        }
        String[] mine = prefix.split("/");
        String[] theirs = path.split("/", -1);
        if (theirs.length < mine.length) {
            return false;
        }
        for (int i = 0; i < mine.length; i++) {
            boolean same = isParameter(mine[i]) ? !theirs[i].isEmpty() : mine[i].equals(theirs[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Whether the prefix names a path parameter: a route carved out of another service's prefix. */
    public boolean templated() {
        return prefix.contains("{");
    }

    /** How specific the route is: its number of segments; of two routes that match a path, the longer wins. */
    public int segments() {
        return prefix.split("/").length;
    }

    /**
     * The path template reported to metrics and traces, so that {@code /api/clients/<id>} does not
     * create one time series per client id.
     */
    public String templateFor(String path) {
        return path.equals(prefix) || (templated() && path.split("/", -1).length == segments()) ? prefix
                : prefix + "/{path}";
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
