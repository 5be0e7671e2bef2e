package agency.suits.clients.notification;

import agency.suits.events.clients.TeamMember;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What routing looks at when an event arrives: its kind, the client's account team, the staff directory (by id),
 * the people who did the thing (they are not told of their own act) and who raised it, if anybody.
 */
public record Occasion(NotificationKind kind, List<TeamMember> team, Map<UUID, Colleague> directory,
                       Set<UUID> actors, UUID raisedBy) {

    public Occasion {
        team = List.copyOf(team);
        directory = Map.copyOf(directory);
        actors = Set.copyOf(actors);
    }
}
