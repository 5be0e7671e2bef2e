package agency.suits.security.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a service trusts a bearer token it has verified before checking its signature again. */
@ConfigMapping(prefix = "suits.security.verified-tokens")
public interface TokenConfig {

    /**
     * At most this long, and never past the token's expiry: also how long a signing key the identity provider
     * withdraws is still honoured for tokens already seen. Zero verifies every request.
     */
    @WithDefault("60s")
    Duration rememberFor();

    /** How many tokens at most; past it the memory is cleared. Zero verifies every request. */
    @WithDefault("10000")
    int rememberAtMost();
}
