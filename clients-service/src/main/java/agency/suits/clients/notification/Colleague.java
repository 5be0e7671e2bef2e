package agency.suits.clients.notification;

import agency.suits.security.Role;

import java.util.UUID;

/** What routing needs of a staff directory entry: the agency role, the reporting line and whether they are here. */
public record Colleague(UUID id, Role role, UUID reportsTo, boolean active) {
}
