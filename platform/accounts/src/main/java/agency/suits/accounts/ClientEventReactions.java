package agency.suits.accounts;

import agency.suits.messaging.inbox.EventHandlers;

/**
 * What a service does with clients events beyond keeping the account copy, for example billing drafting retainer
 * invoices from a ContractSigned. A bean of this type is picked up by {@link ClientEventsConsumer}.
 */
@FunctionalInterface
public interface ClientEventReactions {

    /** The given handlers and this service's own, as {@code handlers.and(ContractSigned.class, retainers::record)}. */
    EventHandlers addTo(EventHandlers handlers);
}
