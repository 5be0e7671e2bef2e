package agency.suits.clients.notification;

import java.util.Set;
import java.util.UUID;

/**
 * What happened, as the people told of it read it: the kind, the client, one sentence, the API path of the object it
 * is about, who did it (they are not told) and who raised what was decided (they are).
 */
public record Notice(NotificationKind kind, UUID clientId, String summary, String link, Set<UUID> actors,
                     UUID raisedBy) {

    public static final int MAX_SUMMARY = 500;

    public Notice {
        summary = summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…";
        actors = Set.copyOf(actors);
    }

    Notice(NotificationKind kind, UUID clientId, String summary, String link) {
        this(kind, clientId, summary, link, Set.of(), null);
    }
}
