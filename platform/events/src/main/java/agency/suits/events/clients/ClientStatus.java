package agency.suits.events.clients;

public enum ClientStatus {
    PROSPECT,
    ACTIVE,
    AT_RISK,
    PAUSED,
    CHURNED
}
