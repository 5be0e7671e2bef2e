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

    /**
     * 201 for what a POST creates in another collection than the one it was sent to (a reversal posted to
     * /api/time-entries/{id}/reversal is itself a time entry): {@code Location} is {@code collection/id}.
     */
    public static <T> RestResponse<T> in(UriInfo uriInfo, String collection, Object id, T body) {
        URI location = uriInfo.getBaseUriBuilder().path(collection).path(String.valueOf(id)).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).build();
    }

    private static URI location(UriInfo uriInfo, Object id) {
        return uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build();
    }
}
