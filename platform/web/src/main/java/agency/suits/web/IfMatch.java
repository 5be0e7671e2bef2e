package agency.suits.web;

import agency.suits.web.problem.PreconditionFailedProblem;
import agency.suits.web.problem.PreconditionRequiredProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code If-Match} precondition of an update: without it an update could silently overwrite a colleague's change
 * (428); with a stale tag it would (412).
 *
 * <pre>{@code
 * @PUT @Path("{id}")
 * public RestResponse<ClientView> update(@PathParam("clientId") UUID id,
 *         @BeanParam IfMatchHeader ifMatch,
 *         @Valid @NotNull Change change) {
 *     // the service calls ifMatch.verify(entity.version) on the locked row
 *     return VersionTag.ok(clients.update(id, ifMatch.required(), change));
 * }
 * }</pre>
 */
public final class IfMatch {

    /**
     * The longest header taken (checked by {@link IfMatchHeader}): an ETag of ours is a quoted
     * version number (at most 21 characters), so this holds a few of them; a longer header cannot be one we gave.
     */
    public static final int MAX_LENGTH = 200;

    private final boolean anyVersion;
    private final List<String> tags;

    private IfMatch(boolean anyVersion, List<String> tags) {
        this.anyVersion = anyVersion;
        this.tags = tags;
    }

    /** The header as sent; 428 when it is missing. */
    public static IfMatch required(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredProblem(
                    "This update needs an If-Match header carrying the ETag of the version you last read");
        }
        List<String> tags = new ArrayList<>();
        boolean any = false;
        for (String tag : header.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*")) {
                any = true;
            } else if (!trimmed.isEmpty()) {
                tags.add(trimmed);
            }
        }
        return new IfMatch(any, List.copyOf(tags));
    }

    /** Strong comparison (RFC 9110): a weak tag never matches. An unquoted number is accepted as its quoted form. */
    public boolean matches(long currentVersion) {
        if (anyVersion) {
            return true;
        }
        String version = Long.toString(currentVersion);
        return tags.stream().anyMatch(tag -> tag.equals("\"" + version + "\"") || tag.equals(version));
    }

    /** 412 unless the client's tag is the current version. */
    public void verify(long currentVersion) {
        if (!matches(currentVersion)) {
            throw new PreconditionFailedProblem("The resource has changed since you read it; its ETag is now \""
                    + currentVersion + "\". Read it again and reapply your change");
        }
    }
}
