package agency.suits.clients.health;

import agency.suits.clients.client.Client;
import agency.suits.clients.client.ClientAccess;
import agency.suits.clients.client.ClientLifecycle;
import agency.suits.clients.contract.Contract;
import agency.suits.clients.interaction.Interaction;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class);

    private final HealthRules rules;
    private final Outbox outbox;

    HealthService(HealthConfig config, Outbox outbox) {
        this.rules = new HealthRules(config);
        this.outbox = outbox;
    }

    HealthRules rules() {
        return rules;
    }

    /** Records what an event says about a client, then reassesses it; runs in the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void observe(UUID clientId, List<ObservedSignal> signals) {
        observe(clientId, signals, null);
    }

    /** As {@link #observe(UUID, List)}, first taking back the signals of a superseded source (a corrected feedback). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void observe(UUID clientId, List<ObservedSignal> signals, String supersededRef) {
        if (Client.findById(clientId) == null) {
            // not one of our clients: nothing to score, and retrying would not change that
            LOG.warnf("Ignoring health signals for unknown client %s", clientId);
            return;
        }
        if (supersededRef != null) {
            RecordedSignal.delete("clientId = ?1 and sourceRef = ?2", clientId, supersededRef);
        }
        signals.forEach(signal -> RecordedSignal.of(clientId, signal).persist());
        reassess(clientId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HealthView view(UUID clientId, ClientAccess access) {
        Client client = access.visible(clientId);
        Instant now = now();
        List<ObservedSignal> signals = current(client, now);
        int score = HealthRules.score(signals);
        return new HealthView(clientId, score, rules.threshold(), rules.below(score),
                signals.stream().map(HealthView.Signal::of).toList(), now);
    }

    /**
     * Scores the client and acts on a crossing: falling below the threshold publishes ClientAtRisk (once per
     * crossing) and moves an ACTIVE client to AT_RISK; climbing back moves an AT_RISK client back to ACTIVE.
     * The client row is locked so that the event consumer and the periodic check never assess it at once.
     */
    public void reassess(UUID clientId) {
        Client client = Client.findById(clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            return;
        }
        Instant now = now();
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
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> watched() {
        return Client.getEntityManager().createQuery("select c.id from Client c where c.status in :active"
                        + " or exists (select 1 from ClientHealth h where h.clientId = c.id and h.belowThreshold)",
                        UUID.class)
                .setParameter("active", List.of(ClientStatus.ACTIVE, ClientStatus.AT_RISK)).getResultList();
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

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
