package agency.suits.events.briefs;

/** How the client asked for the work. */
public enum RequestChannel {
    EMAIL,
    PHONE,
    MEETING,
    CLIENT_PORTAL,
    OTHER
}
