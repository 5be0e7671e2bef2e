package agency.suits.creative.support;

import agency.suits.events.clients.AccountRole;
import agency.suits.testing.events.AccountEvents;
import agency.suits.testing.events.Published;

import java.util.List;
import java.util.UUID;

/** Puts staff on a client's account team as clients-service would announce it. */
public final class Teams {

    private Teams() {
    }

    public static void put(UUID clientId, UUID executive, UUID planner) {
        Published.event(AccountEvents.team(clientId, List.of(
                AccountEvents.member(executive, AccountRole.ACCOUNT_EXECUTIVE),
                AccountEvents.member(planner, AccountRole.ACCOUNT_PLANNER))));
    }
}
