package agency.suits.clients.notification;

import agency.suits.clients.staff.StaffMember;
import agency.suits.clients.team.TeamMembership;
import agency.suits.events.CloudEvent;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.clients.TeamMember;
import agency.suits.domain.time.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns an event into notifications, in the inbox's transaction: routed over the client's team and the staff
 * directory as they are when the event is applied, minus the kinds each person muted.
 */
@ApplicationScoped
@Transactional
public class NotificationDeliveryService {

    @Inject EntityManager entityManager;
    @Inject AgencyClock clock;

    /** Tells the notice's recipients of the event; the same event again adds nobody (one row per event and person). */
    public void deliver(Notice notice, CloudEvent event) {
        deliver(notice, TeamMembership.ofClient(notice.clientId()).stream().map(TeamMembership::toMember).toList(),
                event.id());
    }

    /**
     * Tells the person a supervisor reports to (or, without one, every account director) of the supervisor's
     * digest, once per occasion id: a digest sent again for the same period adds nobody.
     */
    public void deliverDigest(Notice notice, UUID supervisorId, UUID occasionId) {
        deliver(notice, List.of(new TeamMember(supervisorId, AccountRole.ACCOUNT_SUPERVISOR, true)), occasionId);
    }

    private void deliver(Notice notice, List<TeamMember> team, UUID occasionId) {
        // an agency's directory is a few hundred people: routing reads it whole rather than guessing whom it needs
        Map<UUID, Colleague> directory = StaffMember.<StaffMember>listAll().stream()
                .map(m -> new Colleague(m.id, m.role, m.reportsTo, m.active))
                .collect(Collectors.toMap(Colleague::id, colleague -> colleague));
        Occasion occasion = new Occasion(notice.kind(), team, directory, notice.actors(), notice.raisedBy());
        Instant now = clock.now();
        for (Recipient recipient : NotificationRouting.recipients(occasion)) {
            if (!muted(recipient.staffId()).contains(notice.kind())) {
                insertOnce(notice, occasionId, recipient, now);
            }
        }
    }

    private static Set<NotificationKind> muted(UUID staffId) {
        return MutedKind.of(staffId);
    }

    private void insertOnce(Notice notice, UUID eventId, Recipient recipient, Instant now) {
        entityManager.createNativeQuery("""
                        insert into notification (id, event_id, recipient_id, kind, client_id, summary, reason, link,
                                                  created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (event_id, recipient_id) do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, eventId)
                .setParameter(3, recipient.staffId())
                .setParameter(4, notice.kind().name())
                .setParameter(5, notice.clientId())
                .setParameter(6, notice.summary())
                .setParameter(7, recipient.reason().name())
                .setParameter(8, notice.link())
                .setParameter(9, now)
                .executeUpdate();
    }
}
