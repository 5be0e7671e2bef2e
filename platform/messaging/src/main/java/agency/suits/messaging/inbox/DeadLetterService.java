package agency.suits.messaging.inbox;

import agency.suits.messaging.MessagingConfig;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What an operator does with the events this service gave up on: look at them, and redrive one once its cause is
 * fixed. A redriven event is tried again from its first try, ahead of any later event of its key that arrives.
 */
@ApplicationScoped
@Transactional
public class DeadLetterService {

    private final ParkedEvents parked;
    private final InboxStore store;
    private final ParkedRetry retry;
    private final MessagingConfig.Inbox config;

    DeadLetterService(ParkedEvents parked, InboxStore store, ParkedRetry retry, MessagingConfig config) {
        this.parked = parked;
        this.store = store;
        this.retry = retry;
        this.config = config.inbox();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParkedEvent> deadLetters(PageRequest page) {
        return Page.of(parked.list(config.consumer(), ParkedEvent.DEAD, (int) page.offset(), page.size()), page,
                parked.count(config.consumer(), ParkedEvent.DEAD));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ParkedEvent deadLetter(long id) {
        return parked.find(config.consumer(), id).filter(event -> ParkedEvent.DEAD.equals(event.status()))
                .orElseThrow(() -> NotFoundProblem.of("Dead letter", id));
    }

    /** Makes the dead event due again; answers it as it now is (waiting). */
    public ParkedEvent redrive(long id) {
        ParkedEvent dead = deadLetter(id);
        if (!parked.revive(config.consumer(), id)) {
            throw NotFoundProblem.of("Dead letter", id);
        }
        if (dead.eventId() != null) {
            store.forgetDeadLetter(config.consumer(), dead.eventId());
        }
        retry.wake();
        return parked.find(config.consumer(), id).orElseThrow();
    }
}
