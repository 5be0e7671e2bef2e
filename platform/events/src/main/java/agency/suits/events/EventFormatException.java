package agency.suits.events;

/** An event that cannot be written or read as its contract says: for a consumer, a poison message. */
public class EventFormatException extends RuntimeException {

    public EventFormatException(String message) {
        super(message);
    }

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
