package agency.suits.clients.health;

import agency.suits.clients.ClientsConfig;
import agency.suits.clients.client.Client;
import agency.suits.clients.client.ClientLifecycle;
import agency.suits.clients.client.Clients;
import agency.suits.clients.client.RelationshipChanged;
import agency.suits.clients.contract.Contract;
import agency.suits.clients.interaction.Interaction;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.Money;
import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.clients.HealthSignal;
import agency.suits.events.clients.RuleSetting;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.RowLock;
import agency.suits.settings.RuleSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    @Inject RuleSettings settings;
    private HealthRules rules;

    @PostConstruct
    void rulesFromConfig() {
        rules = new HealthRules(config.health(), new WeightsInForce(settings, config.health().weights()),
                () -> settings.wholeNumber(RuleSetting.AT_RISK_BELOW, config.health().threshold()), clock.zone());
    }

    /** A decision on a round; a corrected one takes back the signals of the decision it supersedes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void feedbackReturned(FeedbackReturned feedback, SourceEvent source) {
        String superseded = feedback.supersedesFeedbackId() == null ? null : feedback.supersedesFeedbackId().toString();
        observe(feedback.clientId(), rules.fromFeedback(feedback, source), superseded, source);
    }

    /** One signal per job over its included rounds; each further round is a step of its history. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revisionLimitExceeded(RevisionLimitExceeded exceeded, SourceEvent source) {
        if (raiseOrChange(exceeded.clientId(), rules.fromRevisionLimit(exceeded, source)) != null) {
            reassess(exceeded.clientId());
        }
    }

    /** A job's whole budget used: one overrun signal per job, raised again if it is overrun again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetThresholdReached(BudgetThresholdReached reached, SourceEvent source) {
        rules.fromBudget(reached, source).ifPresent(overrun -> {
            RecordedSignal recorded = raiseOrChange(reached.clientId(), overrun);
            if (recorded != null) {
                recorded.actualsAmount = reached.actuals().amount();
                recorded.actualsCurrency = reached.actuals().currency();
                reassess(reached.clientId());
            }
        });
    }

    /** An approved estimate is the job's new budget: above the actuals that overran the old one, it clears that. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void estimateApproved(EstimateApproved approved, SourceEvent source) {
        openOverrun(approved.clientId(), approved.jobNumber())
                .filter(overrun -> HealthRules.raisedAbove(approved.total(), overrun.actualsAmount,
                        overrun.actualsCurrency))
                .ifPresent(overrun -> clearOverrun(approved.clientId(), overrun, approved.jobNumber(),
                        approved.total(), source));
    }

    /** An approved change order raised the job's budget: above what the job has used by then, it clears the overrun. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void budgetRaised(BudgetRaised raised, SourceEvent source) {
        openOverrun(raised.clientId(), raised.jobNumber())
                .filter(overrun -> HealthRules.raisedAbove(raised.budget(), raised.actuals().amount(),
                        raised.actuals().currency()))
                .ifPresent(overrun -> clearOverrun(raised.clientId(), overrun, raised.jobNumber(), raised.budget(),
                        source));
    }

    private static Optional<RecordedSignal> openOverrun(UUID clientId, String jobNumber) {
        return RecordedSignal.ofFact(clientId, HealthSignal.BUDGET_OVERRUN, jobNumber)
                .filter(overrun -> overrun.clearedAt == null);
    }

    private void clearOverrun(UUID clientId, RecordedSignal overrun, String jobNumber, Money budget,
                              SourceEvent source) {
        clear(clientId, overrun, jobNumber + "'s budget is now " + budget + ", above what it had used", source);
    }

    /** One signal per invoice, whose weight follows the overdue stage each event reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void invoiceOverdue(InvoiceOverdue overdue, SourceEvent source) {
        if (raiseOrChange(overdue.clientId(), rules.fromOverdue(overdue, source)) != null) {
            reassess(overdue.clientId());
        }
    }

    /** Paid in full, an overdue invoice stops counting; a part payment leaves it overdue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentReceived(PaymentReceived payment, SourceEvent source) {
        if (payment.outstanding().amount().signum() != 0) {
            return;
        }
        RecordedSignal.ofFact(payment.clientId(), HealthSignal.INVOICE_OVERDUE, payment.invoiceId().toString())
                .filter(overdue -> overdue.clearedAt == null)
                .ifPresent(overdue -> clear(payment.clientId(), overdue, "Invoice " + payment.invoiceNumber()
                        + " was paid in full on " + payment.receivedOn(), source));
    }

    /** An interaction logged or a contract signed changes what health sees: reassessed in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void relationshipChanged(@Observes RelationshipChanged changed) {
        reassess(changed.clientId());
    }

    /**
     * The last assessment: its score and the status it set were written in one transaction, so they always agree;
     * the signals are those behind it, each with its history. A client never assessed is scored as of now.
     */
    @Transactional
    public HealthView view(UUID clientId) {
        // one snapshot for the assessment and the signals: read apart, an event applied in between shows its new
        // signal beside the one it cleared, under the old score
        Client.getEntityManager().createNativeQuery("set transaction isolation level repeatable read")
                .executeUpdate();
        Client client = clients.visible(clientId);
        ClientHealth health = ClientHealth.findById(clientId);
        Instant at = health == null ? clock.now() : health.assessedAt;
        List<RecordedSignal> recorded = recorded(clientId, at);
        List<ObservedSignal> signals = current(client, recorded, at);
        int score = health == null ? HealthRules.score(signals) : health.score;
        List<HealthView.Signal> shown = new ArrayList<>();
        for (ObservedSignal signal : signals) {
            shown.add(HealthView.Signal.of(signal, historyOf(recorded, signal)));
        }
        List<HealthView.Signal> cleared = RecordedSignal.<RecordedSignal>list("clientId = ?1 and clearedAt is not null"
                        + " and clearedAt >= ?2 order by clearedAt", clientId, at.minus(rules.window())).stream()
                .map(signal -> HealthView.Signal.of(signal.toObserved(), history(signal.id))).toList();
        return new HealthView(clientId, score, rules.threshold(), rules.below(score), shown, cleared, at);
    }

    private static List<HealthView.Step> historyOf(List<RecordedSignal> recorded, ObservedSignal signal) {
        return recorded.stream().filter(r -> r.sourceEventId.equals(signal.sourceEventId())
                        && r.signal == signal.signal()).findFirst()
                .map(r -> history(r.id)).orElse(List.of());
    }

    private static List<HealthView.Step> history(UUID signalId) {
        return SignalStep.of(signalId).stream().map(HealthView.Step::of).toList();
    }

    /**
     * The signal of that fact raised, or changed to the new observation (escalated, de-escalated, or raised again
     * after it was cleared), with a step of its history; null when the client is not one of ours.
     */
    private RecordedSignal raiseOrChange(UUID clientId, ObservedSignal observed) {
        if (Client.findById(clientId, LockModeType.PESSIMISTIC_WRITE) == null) {
            LOG.warnf("Ignoring health signals for unknown client %s", clientId);
            return null;
        }
        RecordedSignal recorded = RecordedSignal.ofFact(clientId, observed.signal(), observed.sourceRef())
                .orElse(null);
        if (recorded == null) {
            recorded = RecordedSignal.of(clientId, observed);
            recorded.persist();
            recorded.step(recorded.weight, recorded.detail, recorded.sourceEventId, recorded.sourceEventType,
                    recorded.observedAt);
        } else {
            recorded.change(observed);
        }
        return recorded;
    }

    private void clear(UUID clientId, RecordedSignal signal, String why, SourceEvent source) {
        Client.findById(clientId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        signal.clear(why, source, now);
        reassess(clientId);
    }

    /**
     * Reassesses every watched client (the schedule's work): silence and contracts nearing their end change the score
     * without any event, and old signals leave the window. One transaction per client keeps each lock short, and one
     * client that fails does not stop the others.
     *
     * @return how many clients were reassessed
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int reassessWatched() {
        int reassessed = 0;
        for (UUID client : watched()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> reassess(client));
                reassessed++;
            } catch (RuntimeException e) {
                LOG.warnf("Could not reassess the health of client %s: %s", client, e.toString());
            }
        }
        return reassessed;
    }

    private void observe(UUID clientId, List<ObservedSignal> signals, String supersededRef, SourceEvent source) {
        if (Client.findById(clientId) == null) {
            // not one of our clients: nothing to score, and retrying would not change that
            LOG.warnf("Ignoring health signals for unknown client %s", clientId);
            return;
        }
        if (supersededRef != null) {
            // the corrected decision's signals stop counting; their history keeps that they were there
            Instant now = clock.now();
            RecordedSignal.<RecordedSignal>list("clientId = ?1 and sourceRef = ?2 and clearedAt is null", clientId,
                    supersededRef).forEach(superseded -> superseded.clear("Superseded by a corrected decision",
                    source, now));
        }
        signals.forEach(signal -> {
            RecordedSignal recorded = RecordedSignal.of(clientId, signal);
            recorded.persist();
            recorded.step(recorded.weight, recorded.detail, recorded.sourceEventId, recorded.sourceEventType,
                    recorded.observedAt);
        });
        reassess(clientId);
    }

    /**
     * Scores the client and acts on a crossing: falling below the threshold publishes ClientAtRisk (once per
     * crossing) and moves an ACTIVE client to AT_RISK; climbing back moves an AT_RISK client back to ACTIVE.
     * The client row is locked so that the event consumers and the periodic check never assess it at once; the caller
     * may have read the client in this transaction already, hence {@link RowLock}.
     */
    private void reassess(UUID clientId) {
        Client client = Client.findById(clientId);
        if (client == null) {
            return;
        }
        RowLock.reload(Client.getEntityManager(), client);
        // the time is read once the client is locked: read before, it could precede a change committed while this
        // waited for the lock, and the assessment would be dated before what it has just seen
        Instant now = clock.now();
        List<ObservedSignal> signals = current(client, recorded(clientId, now), now);
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

    /**
     * The signals behind the client's last assessment (or behind a score as of now, for a client never assessed), as
     * {@link #view(UUID)} shows them, for lists that show health beside other things; the caller has checked access.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservedSignal> signalsBehind(Client client, ClientHealth health) {
        Instant at = health == null ? clock.now() : health.assessedAt;
        return current(client, recorded(client.id, at), at);
    }

    /** The signals from events that count at that moment: in the window, and not cleared. */
    private List<RecordedSignal> recorded(UUID clientId, Instant at) {
        return RecordedSignal.list("clientId = ?1 and observedAt >= ?2 and (clearedAt is null or clearedAt > ?3)"
                + " order by observedAt", clientId, at.minus(rules.window()), at);
    }

    private List<ObservedSignal> current(Client client, List<RecordedSignal> recorded, Instant now) {
        List<ObservedSignal> signals = new ArrayList<>();
        recorded.forEach(signal -> signals.add(signal.toObserved()));
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
