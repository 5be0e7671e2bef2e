package agency.suits.clients.client;

import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.WrongState;
import agency.suits.events.clients.AccountRole;
import agency.suits.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Who may take which place on a team. What a person may do on an account comes from their agency role (the token's),
 * so the team role must be that role: an AE placed as "planner" would still act as an AE. A director may also lead
 * an account as its supervisor, since they can do everything a supervisor can (DOMAIN.md).
 */
public final class TeamPlacement {

    private TeamPlacement() {
    }

    /**
     * @throws WrongState when the person has left the agency
     * @throws RuleBroken when the team role does not fit their agency role
     */
    public static void requirePlaceable(UUID staffId, Role agencyRole, boolean active, AccountRole teamRole) {
        if (!active) {
            throw new WrongState("Staff member " + staffId + " has left the agency and cannot join a team",
                    "mark them active in the staff directory first");
        }
        if (!fits(agencyRole, teamRole)) {
            throw new RuleBroken("Staff member " + staffId + " is " + agencyRole + " in the staff directory and "
                    + "cannot be on a team as " + teamRole,
                    List.of(new Violation("role", "must fit the person's agency role " + agencyRole)));
        }
    }

    static boolean fits(Role agencyRole, AccountRole teamRole) {
        if (agencyRole == Role.ACCOUNT_DIRECTOR && teamRole == AccountRole.ACCOUNT_SUPERVISOR) {
            return true;
        }
        return agencyRole.name().equals(teamRole.name());
    }

    /** Whether the AE cap counts this person's accounts: AEs by their agency role, whatever their team role. */
    public static boolean counted(Role agencyRole) {
        return agencyRole == Role.ACCOUNT_EXECUTIVE;
    }
}
