package agency.suits.clients.client;

import agency.suits.clients.team.TeamMembership;
import agency.suits.events.clients.AccountRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A client's account team as the API shows it; named for the account, as a team or member alone says little. */
@Schema(name = "AccountTeam")
public record TeamView(UUID clientId, List<Member> members) {

    @Schema(name = "AccountTeamMember")
    public record Member(UUID staffId, AccountRole role, boolean primary, Instant joinedAt) {
    }

    static TeamView of(UUID clientId, List<TeamMembership> memberships) {
        return new TeamView(clientId, memberships.stream()
                .map(m -> new Member(m.staffId, m.role, m.primaryContact, m.joinedAt)).toList());
    }
}
