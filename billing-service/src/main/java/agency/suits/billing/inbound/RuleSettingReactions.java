package agency.suits.billing.inbound;

import agency.suits.accounts.ClientEventReactions;
import agency.suits.events.clients.RuleSettingChanged;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.settings.RuleSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * suits.clients beyond the account copy: an ADMIN's change of a rule setting is kept, and billing applies the ones
 * it owns (payment terms, the price of an extra round) from their moment on.
 */
@ApplicationScoped
public class RuleSettingReactions implements ClientEventReactions {

    @Inject RuleSettings settings;

    @Override
    public EventHandlers addTo(EventHandlers handlers) {
        return handlers.and(RuleSettingChanged.class, settings::record);
    }
}
