package agency.suits.domain.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One agency clock per service, from {@code suits.agency.zone}. */
public class AgencyClockProducer {

    @Produces
    @Singleton
    AgencyClock clock(AgencyConfig config) {
        return AgencyClock.in(config.zone());
    }
}
