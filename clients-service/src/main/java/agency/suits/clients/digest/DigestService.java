package agency.suits.clients.digest;

import agency.suits.clients.ClientsConfig;
import agency.suits.clients.client.Client;
import agency.suits.clients.contract.Contract;
import agency.suits.clients.health.ClientHealth;
import agency.suits.clients.health.RecordedSignal;
import agency.suits.clients.interaction.Interaction;
import agency.suits.clients.notification.Notice;
import agency.suits.clients.notification.NotificationDeliveryService;
import agency.suits.clients.notification.NotificationKind;
import agency.suits.clients.staff.StaffMember;
import agency.suits.domain.NotPermitted;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.AccountRole;
import agency.suits.persistence.Rows;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.web.problem.InvalidParameterProblem;
import agency.suits.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The supervisor's report to the director (DOMAIN.md: a supervisor informs the director on all account activity): on
 * demand for the supervisor, the person they report to and account directors, and sent on a schedule as a
 * notification to the person they report to.
 */
@ApplicationScoped
@Transactional
public class DigestService {

    private static final int MAX_SIGNALS = 20;
    private static final String SUPERVISED = "select m.clientId from TeamMembership m where m.staffId = ?1 "
            + "and m.role = ?2";

    @Inject CurrentStaff caller;
    @Inject AgencyClock clock;
    @Inject ClientsConfig config;
    @Inject EntityManager entityManager;
    @Inject NotificationDeliveryService notifications;

    /** The digest of the period (by default the configured one, up to now). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupervisorDigest of(UUID supervisorId, Instant from, Instant to) {
        StaffMember supervisor = StaffMember.<StaffMember>findByIdOptional(supervisorId)
                .orElseThrow(() -> NotFoundProblem.of("Staff member", supervisorId));
        if (!caller.id().equals(supervisorId) && !caller.id().equals(supervisor.reportsTo)
                && !caller.hasRole(Role.ACCOUNT_DIRECTOR)) {
            throw new NotPermitted("Only the supervisor, the person they report to and account directors may read "
                    + "a supervisor's digest");
        }
        Instant end = to == null ? clock.now() : to;
        Instant start = from == null ? end.minus(config.digest().period()) : from;
        if (!start.isBefore(end)) {
            throw new InvalidParameterProblem("from", "must be before to");
        }
        return compose(supervisor, start, end);
    }

    /**
     * Sends every supervisor's digest of the period ending at {@code at} (to the hour, so that instances firing
     * together send one), to the person they report to; a supervisor with no account gets none.
     *
     * @return how many digests were sent
     */
    public int sendAll(Instant at) {
        Instant to = at.truncatedTo(ChronoUnit.HOURS);
        Instant from = to.minus(config.digest().period());
        int sent = 0;
        for (StaffMember supervisor : StaffMember.<StaffMember>list("role = ?1 and active = true",
                Role.ACCOUNT_SUPERVISOR)) {
            SupervisorDigest digest = compose(supervisor, from, to);
            if (digest.accounts().isEmpty()) {
                continue;
            }
            UUID occasion = UUID.nameUUIDFromBytes(("supervisor-digest:" + supervisor.id + ":" + to)
                    .getBytes(StandardCharsets.UTF_8));
            String link = "/api/staff/" + supervisor.id + "/digest?from=" + from + "&to=" + to;
            notifications.deliverDigest(new Notice(NotificationKind.SUPERVISOR_DIGEST, null, digest.summary(), link,
                    Set.of(), null), supervisor.id, occasion);
            sent++;
        }
        return sent;
    }

    private SupervisorDigest compose(StaffMember supervisor, Instant from, Instant to) {
        List<UUID> supervised = entityManager.createQuery(SUPERVISED, UUID.class)
                .setParameter(1, supervisor.id).setParameter(2, AccountRole.ACCOUNT_SUPERVISOR).getResultList();
        List<SupervisorDigest.Account> accounts = supervised.isEmpty() ? List.of()
                : Client.<Client>list("id in ?1", Sort.by("name"), supervised).stream()
                        .map(client -> account(client, from, to)).toList();
        return new SupervisorDigest(supervisor.id, supervisor.name, from, to, accounts);
    }

    private SupervisorDigest.Account account(Client client, Instant from, Instant to) {
        ClientHealth health = ClientHealth.findById(client.id);
        List<SupervisorDigest.Signal> signals = RecordedSignal.<RecordedSignal>find(
                        "clientId = ?1 and observedAt >= ?2 and observedAt < ?3", Sort.by("observedAt"),
                        client.id, from, to)
                .page(0, MAX_SIGNALS).stream()
                .map(s -> new SupervisorDigest.Signal(s.signal.name(), s.detail, s.observedAt)).toList();
        List<SupervisorDigest.Happening> happened = entityManager.createQuery("select n.kind, count(distinct "
                        + "n.eventId) from Notification n where n.clientId = ?1 and n.createdAt >= ?2 "
                        + "and n.createdAt < ?3 group by n.kind order by n.kind", Object[].class)
                .setParameter(1, client.id).setParameter(2, from).setParameter(3, to).getResultList().stream()
                .map(row -> new SupervisorDigest.Happening(row[0].toString(), (Long) row[1])).toList();
        long interactions = Rows.count(Interaction.class, "clientId = ?1 and occurredAt >= ?2 and occurredAt < ?3",
                client.id, from, to);
        LocalDate today = clock.today();
        List<SupervisorDigest.Renewal> renewals = Contract.<Contract>find("clientId = ?1 and endsOn >= ?2 "
                        + "and endsOn <= ?3 and terminatedOn is null and id not in (select n.renewsContractId "
                        + "from Contract n where n.renewsContractId is not null)", Sort.by("endsOn"),
                client.id, today, today.plus(config.digest().renewalHorizon()))
                .stream().map(c -> new SupervisorDigest.Renewal(c.id, c.endsOn)).toList();
        return new SupervisorDigest.Account(client.id, client.name, client.status.name(),
                health == null ? null : health.score, signals, happened, interactions, renewals);
    }
}
