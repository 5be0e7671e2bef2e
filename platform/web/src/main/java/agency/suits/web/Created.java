package agency.suits.web;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/**
 * {@code 201 Created} with {@code Location} under the collection that was posted to. Behind the gateway the forwarded
 * headers make the URI point at the gateway, not at the service.
 */
public final class Created {

    private Created() {
    }

    public static <T> RestResponse<T> at(UriInfo uriInfo, Object id, T body) {
        return RestResponse.ResponseBuilder.<T>created(location(uriInfo, id)).entity(body).build();
    }

    /** 201 with the created view, {@code Location} from its id and its version as ETag. */
    public static <T extends Identified> RestResponse<T> at(UriInfo uriInfo, T created) {
        return at(uriInfo, created.id(), created, created.version());
    }

    public static <T> RestResponse<T> at(UriInfo uriInfo, Object id, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location(uriInfo, id)).entity(body)
                .tag(VersionTag.of(version)).build();
    }

    private static URI location(UriInfo uriInfo, Object id) {
        return uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build();
    }
}
