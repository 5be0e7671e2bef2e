package agency.suits.accounts;

import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.TeamMember;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads of this service's copy of the accounts: no call to clients-service is ever needed. */
@ApplicationScoped
public class Accounts {

    private final AccountCopyStore store;

    Accounts(AccountCopyStore store) {
        this.store = store;
    }

    public Optional<KnownClient> client(UUID clientId) {
        return store.client(clientId);
    }

    public List<TeamMember> team(UUID clientId) {
        return store.team(clientId);
    }

    /** The role the person holds on the client's team; a person on the team in two roles gets the senior one. */
    public Optional<AccountRole> roleOn(UUID staffId, UUID clientId) {
        return team(clientId).stream()
                .filter(member -> member.staffId().equals(staffId))
                .map(TeamMember::role)
                .max(Enum::compareTo);
    }

    public Set<UUID> clientsOf(UUID staffId) {
        return store.clientsOf(staffId);
    }
}
