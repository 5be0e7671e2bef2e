package agency.suits.web.problem;

import jakarta.ws.rs.core.UriInfo;

/** The {@code instance} of a problem: the path the client called, without host or query. */
public final class RequestPath {

    private RequestPath() {
    }

    public static String of(UriInfo uriInfo) {
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            // a problem must still be answered when the request could not even be parsed into a URI
            return null;
        }
    }
}
