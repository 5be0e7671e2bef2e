package agency.suits.briefs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;
import java.time.ZoneId;

@ConfigMapping(prefix = "suits.briefs")
public interface BriefsConfig {

    /** Where the agency works: "today" for due dates and overdue milestones is the date there. */
    @WithDefault("UTC")
    ZoneId agencyZone();

    default LocalDate today() {
        return LocalDate.now(agencyZone());
    }
}
