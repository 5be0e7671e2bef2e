package agency.suits.events.clients;

/** What a {@link ClientUpdated} changed. */
public enum ClientField {
    NAME,
    INDUSTRY,
    STATUS
}
