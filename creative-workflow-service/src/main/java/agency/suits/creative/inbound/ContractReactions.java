package agency.suits.creative.inbound;

import agency.suits.accounts.ClientEventReactions;
import agency.suits.creative.job.IncludedRoundsService;
import agency.suits.events.clients.ContractAmended;
import agency.suits.messaging.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * suits.clients beyond the account copy (platform/accounts' {@code ClientEventsConsumer} reads the topic): an
 * amendment of the included rounds reaches the client's open jobs, in the same inbox transaction as the copy's own
 * handler of the event.
 */
@ApplicationScoped
public class ContractReactions implements ClientEventReactions {

    @Inject IncludedRoundsService includedRounds;

    @Override
    public EventHandlers addTo(EventHandlers handlers) {
        return handlers.and(ContractAmended.class, includedRounds::amend);
    }
}
