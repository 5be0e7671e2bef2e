package agency.suits.accounts;

import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.messaging.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Keeps this service's copy of the accounts up to date from clients-service's events. Each event carries the full
 * current state of what it is about (the whole team, the whole contract), so applying one replaces rather than
 * patches, and a late or repeated event cannot leave the copy half-updated.
 *
 * <p>Compose its handlers with the service's own on the channel that reads {@code suits.clients}:
 * {@code inbox.receive("briefs-service", record, accountCopy.handlers().and(...))}.
 */
@ApplicationScoped
public class AccountCopy {

    private static final Logger LOG = Logger.getLogger(AccountCopy.class);

    private final AccountCopyStore store;

    AccountCopy(AccountCopyStore store) {
        this.store = store;
    }

    /** A fresh set each call, so that a service adding its own handlers does not change anybody else's. */
    public EventHandlers handlers() {
        return EventHandlers.on(ClientRegistered.class, this::registered)
                .and(ClientUpdated.class, this::updated)
                .and(AccountTeamChanged.class, this::teamChanged)
                .and(ContractSigned.class, this::contractSigned)
                .and(ContractAmended.class, this::contractAmended)
                .and(ContractTerminated.class, this::contractTerminated);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void registered(ClientRegistered event) {
        store.saveClient(event.clientId(), event.clientCode(), event.name(), event.status(), event.registeredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void updated(ClientUpdated event) {
        store.saveClient(event.clientId(), event.clientCode(), event.name(), event.status(), event.updatedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void teamChanged(AccountTeamChanged event) {
        if (!store.replaceTeamIfNewer(event.clientId(), event.team(), event.changedAt())) {
            LOG.infof("Team of client %s as of %s is older than the copy; kept the copy", event.clientId(),
                    event.changedAt());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void contractSigned(ContractSigned event) {
        store.saveContract(event.clientId(), new CurrentContract(event.contractId(), event.contractType(),
                event.startsOn(), event.endsOn(), event.value(), event.includedRevisionRounds()));
    }

    /**
     * An amendment carries the contract's whole terms after it, which replace the copy's. The copy keeps no history
     * of terms: they apply from when the event arrives, also for an amendment effective on a later day.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void contractAmended(ContractAmended event) {
        store.amendContract(event.contractId(), event.endsOn(), event.value(), event.includedRevisionRounds());
    }

    /** An early termination: the contract is in force up to its new last day, not to the one it was signed to. */
    @Transactional(Transactional.TxType.MANDATORY)
    void contractTerminated(ContractTerminated event) {
        store.endContract(event.contractId(), event.endsOn());
    }
}
