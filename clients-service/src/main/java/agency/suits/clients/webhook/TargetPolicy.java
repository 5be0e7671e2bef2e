package agency.suits.clients.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs a webhook may be sent to. A target that resolves to this machine (loopback, any-local) or to a
 * link-local address (where cloud metadata services answer, 169.254.169.254) is refused: otherwise anyone who can
 * register a subscription could make the service call what only it can reach. Private ranges are allowed, since
 * the agency's other systems usually live there. Hosts on the allow-list pass whatever they resolve to (a receiver
 * on the same machine in development and tests). Checked at registration and again before every delivery, since
 * a name can be pointed elsewhere after it was checked.
 */
public final class TargetPolicy {

    /** Name resolution, apart so that a unit test can say what a name resolves to. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public TargetPolicy(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(TargetPolicy::normalized).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    /** Why the URL may not be a target, or empty if it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("has no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials; the signature tells the receiver who is calling");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String host = normalized(uri.getHost());
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved: " + host);
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
                return Optional.of("resolves to this machine (" + address.getHostAddress() + ")");
            }
            if (address.isLinkLocalAddress()) {
                return Optional.of("resolves to a link-local address (" + address.getHostAddress() + ")");
            }
            if (address.isMulticastAddress()) {
                return Optional.of("resolves to a multicast address (" + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    private static String normalized(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.strip().toLowerCase(Locale.ROOT);
    }
}
