package agency.suits.clients.staff;

import agency.suits.security.Role;

import java.time.Instant;
import java.util.UUID;

public record StaffView(UUID id, String name, String email, Role role, UUID reportsTo, Instant createdAt,
                        Instant updatedAt, long version) {

    static StaffView of(StaffMember m) {
        return new StaffView(m.id, m.name, m.email, m.role, m.reportsTo, m.createdAt, m.updatedAt, m.version);
    }
}
