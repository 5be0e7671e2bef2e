package agency.suits.web;

import jakarta.ws.rs.core.EntityTag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The ETag of a resource is its version number (the JPA {@code @Version}), so If-Match can be checked without hashing.
 */
public final class VersionTag {

    private VersionTag() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the view and its version as ETag, the answer of a read or a change of one thing. */
    public static <T extends Versioned> RestResponse<T> ok(T view) {
        return RestResponse.ResponseBuilder.ok(view).tag(of(view.version())).build();
    }
}
