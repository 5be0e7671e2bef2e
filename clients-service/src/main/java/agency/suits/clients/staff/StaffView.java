package agency.suits.clients.staff;

import agency.suits.security.Role;
import agency.suits.web.Identified;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A directory entry; the people at the top report to nobody, and leave reportsTo out. {@code active} is false for
 * someone who has left the agency.
 */
public record StaffView(UUID id, String name, String email, Role role, @Schema(nullable = true) UUID reportsTo,
                        boolean active, Instant createdAt, Instant updatedAt, long version) implements Identified {

    static StaffView of(StaffMember m) {
        return new StaffView(m.id, m.name, m.email, m.role, m.reportsTo, m.active, m.createdAt, m.updatedAt,
                m.version);
    }
}
