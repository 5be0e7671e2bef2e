package agency.suits.domain.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** Where the agency works. Every service reads the same key, so "today" is one date across the system. */
@ConfigMapping(prefix = "suits.agency")
public interface AgencyConfig {

    /** The agency's time zone (an IANA name such as Europe/Berlin): "today" for due dates and overdue checks. */
    @WithDefault("UTC")
    ZoneId zone();
}
