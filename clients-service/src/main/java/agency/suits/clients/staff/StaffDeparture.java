package agency.suits.clients.staff;

import java.util.UUID;

/**
 * Fired (synchronously, in the directory's transaction) when a person leaves the agency, so that the account teams
 * let them go in the same transaction; the teams depend on the directory, never the other way round.
 */
public record StaffDeparture(UUID staffId) {
}
