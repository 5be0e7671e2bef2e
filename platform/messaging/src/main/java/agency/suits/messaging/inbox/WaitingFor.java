package agency.suits.messaging.inbox;

/**
 * Thrown by a handler when its event depends on something this service has not received yet, typically an event of
 * another topic (billing's CreativeApproved before the job's BriefSubmitted). The inbox parks the event and tries
 * it again with backoff, like any failure, but logs it as the wait it is rather than as an error.
 */
public class WaitingFor extends RuntimeException {

    public WaitingFor(String what) {
        super("waiting for " + what, null, false, false);
    }
}
