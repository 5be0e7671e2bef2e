package agency.suits.creative.access;

import java.util.Set;
import java.util.UUID;

/** The clients whose jobs a caller may see: all of them, or a set. */
public record JobScope(boolean all, Set<UUID> clientIds) {

    public static JobScope everything() {
        return new JobScope(true, Set.of());
    }

    public static JobScope ofClients(Set<UUID> clientIds) {
        return new JobScope(false, Set.copyOf(clientIds));
    }

    public boolean includes(UUID clientId) {
        return all || clientIds.contains(clientId);
    }
}
