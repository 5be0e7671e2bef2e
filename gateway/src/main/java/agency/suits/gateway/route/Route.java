package agency.suits.gateway.route;

import agency.suits.gateway.upstream.UpstreamService;

/** One {@code /api} prefix and the service that owns it. */
public record Route(String prefix, UpstreamService owner) {

    /**
     * The exact prefix or anything below it: {@code /api/clients} owns {@code /api/clients/7} but not
     * {@code /api/clientsX}.
     */
    public boolean matches(String path) {
        return path.equals(prefix) || (path.startsWith(prefix) && path.charAt(prefix.length()) == '/');
    }

    /**
     * The path template reported to metrics and traces, so that {@code /api/clients/<id>} does not
     * create one time series per client id.
     */
    public String templateFor(String path) {
        return path.equals(prefix) ? prefix : prefix + "/{path}";
    }
}
