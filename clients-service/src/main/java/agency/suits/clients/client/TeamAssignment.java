package agency.suits.clients.client;

import agency.suits.events.clients.AccountRole;
import jakarta.validation.constraints.NotNull;

/** Puts a staff member on the team in a role; {@code primary} (default false) makes a supervisor the main contact. */
public record TeamAssignment(@NotNull AccountRole role, Boolean primary) {

    boolean isPrimary() {
        return Boolean.TRUE.equals(primary);
    }
}
