package agency.suits.events.clients;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The client's whole account team after a change, so consumers replace their copy rather than patch it;
 * {@code joined} and {@code left} say what changed (a new role shows as leaving in the old one and joining in the
 * new one). Subject: the client id.
 */
public record AccountTeamChanged(
        UUID clientId,
        List<TeamMember> team,
        List<TeamMember> joined,
        List<TeamMember> left,
        UUID changedBy,
        Instant changedAt) implements EventPayload {

    public AccountTeamChanged {
        Invariants.required("clientId", clientId, "changedBy", changedBy, "changedAt", changedAt);
        team = Invariants.distinct(team, "team");
        joined = Invariants.distinct(joined, "joined");
        left = Invariants.distinct(left, "left");
        if (team.stream().filter(TeamMember::primary).count() > 1) {
            throw new IllegalArgumentException("a team has at most one primary contact");
        }
        if (joined.isEmpty() && left.isEmpty()) {
            throw new IllegalArgumentException("a team change has someone joining or leaving");
        }
    }

    @Override
    public String subject() {
        return clientId.toString();
    }
}
