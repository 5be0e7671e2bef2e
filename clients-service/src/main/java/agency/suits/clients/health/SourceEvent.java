package agency.suits.clients.health;

import java.util.UUID;

/** The CloudEvent a signal came from, so that a signal names its source and no event counts twice. */
public record SourceEvent(UUID id, String type) {
}
