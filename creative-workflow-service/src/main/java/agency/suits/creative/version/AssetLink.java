package agency.suits.creative.version;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * An asset link must be an absolute http(s) URL with a host and no credentials: anything else (file:, javascript:,
 * a relative path, user:password@) would be unsafe or meaningless to the people who open it.
 */
public final class AssetLink {

    private AssetLink() {
    }

    /** Why the link is refused, or empty when it is fine. */
    public static Optional<String> problemWith(String link) {
        URI uri;
        try {
            uri = new URI(link.trim());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        return Optional.empty();
    }
}
