package agency.suits.clients.team;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "suits.clients.team")
public interface TeamConfig {

    /** How many active (ACTIVE or AT_RISK) accounts one account executive may be on. */
    @WithDefault("3")
    int maxActiveAccountsPerExecutive();
}
