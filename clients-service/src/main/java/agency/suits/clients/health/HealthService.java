package agency.suits.clients.health;

import agency.suits.clients.ClientsConfig;
import agency.suits.clients.client.Client;
import agency.suits.clients.client.ClientLifecycle;
import agency.suits.clients.client.Clients;
import agency.suits.clients.contract.Contract;
import agency.suits.clients.interaction.Interaction;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Relationship health: the signals other services' events raise (the handlers below run in the inbox's transaction),
 * those this service sees itself, and the crossing of the at-risk threshold.
 */
@ApplicationScoped
@Transactional
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class);

    @Inject ClientsConfig config;
    @Inject Outbox outbox;
    @Inject Clients clients;
    @Inject AgencyClock clock;
    private HealthRules rules;

    @PostConstruct
    void rulesFromConfig() {
        rules = new HealthRules(config.health(), clock.zone());
    }

    /** A decision on a round; a corrected one takes back the signals of the decision it supersedes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void feedbackReturned(FeedbackReturned feedback, SourceEvent source) {
        String superseded = feedback.supersedesFeedbackId() == null ? null : feedback.supersedesFeedbackId().toString();
        observe(feedback.clientId(), rules.fromFeedback(feedback, source), superseded);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revisionLimitExceeded(RevisionLimitExceeded exceeded, SourceEvent source) {
        observe(exceeded.clientId(), List.of(rules.fromRevisionLimit(exceeded, source)), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetThresholdReached(BudgetThresholdReached reached, SourceEvent source) {
        observe(reached.clientId(), rules.fromBudget(reached, source).stream().toList(), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void invoiceOverdue(InvoiceOverdue overdue, SourceEvent source) {
        observe(overdue.clientId(), List.of(rules.fromOverdue(overdue, source)), null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HealthView view(UUID clientId) {
        Client client = clients.visible(clientId);
        Instant now = clock.now();
        List<ObservedSignal> signals = current(client, now);
        int score = HealthRules.score(signals);
        return new HealthView(clientId, score, rules.threshold(), rules.below(score),
                signals.stream().map(HealthView.Signal::of).toList(), now);
    }

    /**
     * Reassesses every watched client (the schedule's work): silence and contracts nearing their end change the score
     * without any event, and old signals leave the window. One transaction per client keeps each lock short, and one
     * client that fails does not stop the others.
     *
     * @return how many clients were reassessed
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int reassessWatched(Instant now) {
        int reassessed = 0;
        for (UUID client : watched()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> reassess(client, now));
                reassessed++;
            } catch (RuntimeException e) {
                LOG.warnf("Could not reassess the health of client %s: %s", client, e.toString());
            }
        }
        return reassessed;
    }

    private void observe(UUID clientId, List<ObservedSignal> signals, String supersededRef) {
        if (Client.findById(clientId) == null) {
            // not one of our clients: nothing to score, and retrying would not change that
            LOG.warnf("Ignoring health signals for unknown client %s", clientId);
            return;
        }
        if (supersededRef != null) {
            RecordedSignal.delete("clientId = ?1 and sourceRef = ?2", clientId, supersededRef);
        }
        signals.forEach(signal -> RecordedSignal.of(clientId, signal).persist());
        reassess(clientId, clock.now());
    }

    /**
     * Scores the client and acts on a crossing: falling below the threshold publishes ClientAtRisk (once per
     * crossing) and moves an ACTIVE client to AT_RISK; climbing back moves an AT_RISK client back to ACTIVE.
     * The client row is locked so that the event consumers and the periodic check never assess it at once.
     */
    private void reassess(UUID clientId, Instant now) {
        Client client = Client.findById(clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            return;
        }
        List<ObservedSignal> signals = current(client, now);
        int score = HealthRules.score(signals);
        boolean below = rules.below(score);
        ClientHealth health = ClientHealth.findById(clientId);
        if (health == null) {
            health = new ClientHealth();
            health.clientId = clientId;
            health.score = 100;
            health.assessedAt = now;
            health.persist();
        }
        if (below && !health.belowThreshold) {
            outbox.record(new ClientAtRisk(clientId, score, health.score, rules.threshold(),
                    signals.stream().map(ObservedSignal::toRiskReason).toList(), now));
            moveTo(client, ClientStatus.AT_RISK, now);
        } else if (!below && health.belowThreshold && client.status == ClientStatus.AT_RISK) {
            moveTo(client, ClientStatus.ACTIVE, now);
        }
        health.score = score;
        health.belowThreshold = below;
        health.assessedAt = now;
    }

    /** Clients whose health the periodic check reassesses: the active ones, and any still marked below the line. */
    private static List<UUID> watched() {
        return Client.getEntityManager().createQuery("select c.id from Client c where c.status in :active"
                        + " or exists (select 1 from ClientHealth h where h.clientId = c.id and h.belowThreshold)",
                        UUID.class)
                .setParameter("active", ClientLifecycle.activeStatuses()).getResultList();
    }

    private void moveTo(Client client, ClientStatus status, Instant now) {
        if (!ClientLifecycle.allows(client.status, status)) {
            return;
        }
        client.status = status;
        client.updatedAt = now;
        client.flush();
        outbox.record(new ClientUpdated(client.id, client.code, client.name, client.industry, client.status,
                List.of(ClientField.STATUS), null, now));
    }

    private List<ObservedSignal> current(Client client, Instant now) {
        List<ObservedSignal> signals = new ArrayList<>();
        RecordedSignal.<RecordedSignal>list("clientId = ?1 and observedAt >= ?2 order by observedAt",
                        client.id, now.minus(rules.window()))
                .forEach(recorded -> signals.add(recorded.toObserved()));
        if (ClientLifecycle.isActive(client.status)) {
            Instant lastContact = Interaction.lastWith(client.id).orElse(client.createdAt);
            rules.silence(lastContact, now).ifPresent(signals::add);
        }
        if (client.status != ClientStatus.CHURNED) {
            Contract.<Contract>find("clientId = ?1 order by endsOn desc", client.id).firstResultOptional()
                    .flatMap(latest -> rules.contractEnding(latest.noticeWindowOpensOn(), latest.endsOn,
                            Contract.isRenewed(latest.id), now))
                    .ifPresent(signals::add);
        }
        signals.sort(Comparator.comparing(ObservedSignal::observedAt));
        return signals;
    }
}
