package agency.suits.clients.client;

import agency.suits.domain.WrongState;

import java.util.UUID;

/**
 * An AE works on a few accounts only, so that they know each client's business closely (DOMAIN.md): the agency
 * caps how many active accounts one AE may be on.
 */
public record ExecutiveCap(int maxActiveAccounts) {

    public ExecutiveCap {
        if (maxActiveAccounts < 1) {
            throw new IllegalArgumentException("an AE must be allowed at least one active account");
        }
    }

    /** @param otherActiveAccounts active accounts the AE is already on, not counting this client */
    public void requireRoomFor(UUID executive, long otherActiveAccounts) {
        if (otherActiveAccounts >= maxActiveAccounts) {
            throw new WrongState("Account executive " + executive + " is already on " + otherActiveAccounts
                    + " active accounts; the agency's cap is " + maxActiveAccounts,
                    "remove the AE from another active account", "assign another AE");
        }
    }
}
