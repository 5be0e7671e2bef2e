package agency.suits.events.clients;

import agency.suits.events.Invariants;

import java.util.UUID;

/** One person on a client's account team; {@code primary} marks the client's main contact in the agency. */
public record TeamMember(UUID staffId, AccountRole role, boolean primary) {

    public TeamMember {
        Invariants.present(staffId, "staffId");
        Invariants.present(role, "role");
    }
}
