package agency.suits.billing.inbound;

import agency.suits.accounts.ClientEventReactions;
import agency.suits.billing.retainer.RetainerService;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.messaging.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * suits.clients beyond the account copy (platform/accounts' {@code ClientEventsConsumer} reads the topic): a
 * RETAINER ContractSigned keeps the contract's terms for retainer invoicing, and a ContractAmended or
 * ContractTerminated moves its billing's last day, each in the same inbox transaction as the copy's own handler of
 * the event.
 */
@ApplicationScoped
public class RetainerContractReactions implements ClientEventReactions {

    @Inject RetainerService retainers;

    @Override
    public EventHandlers addTo(EventHandlers handlers) {
        return handlers.and(ContractSigned.class, retainers::record)
                .and(ContractAmended.class, retainers::amend)
                .and(ContractTerminated.class, retainers::terminate);
    }
}
