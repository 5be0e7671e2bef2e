package agency.suits.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * The ETag of a resource is its version number (the JPA {@code @Version}), so If-Match can be checked without hashing.
 */
public final class VersionTag {

    private VersionTag() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
