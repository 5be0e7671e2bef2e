package agency.suits.security;

import java.util.Set;
import java.util.UUID;

/** Which clients a caller may see: all of them, or the listed ones (filter lists with {@code ids()}). */
public record VisibleClients(boolean all, Set<UUID> ids) {

    public static VisibleClients everyClient() {
        return new VisibleClients(true, Set.of());
    }

    public static VisibleClients only(Set<UUID> ids) {
        return new VisibleClients(false, Set.copyOf(ids));
    }

    public boolean includes(UUID clientId) {
        return all || ids.contains(clientId);
    }
}
