package agency.suits.clients.interaction;

public enum InteractionKind {
    MEETING,
    CALL,
    EMAIL,
    OTHER
}
