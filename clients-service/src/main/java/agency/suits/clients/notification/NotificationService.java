package agency.suits.clients.notification;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.client.Client;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.security.VisibleClients;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The caller's own notifications. Whether they may still see each one is decided when they read it, with the
 * access rules of today: someone who has left a client's team no longer sees what was said about it.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    private static final String UNREAD_FIRST = "case when readAt is null then 0 else 1 end";

    @Inject ClientAccess access;
    @Inject CurrentStaff caller;
    @Inject AgencyClock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> list(NotificationKind kind, UUID clientId, PageRequest page) {
        ListQuery query = visibleToCaller().and("kind", kind).and("clientId", clientId);
        Page<Notification> found = ListQuery.page(
                Notification.<Notification>find(query.where(), unreadFirst(page), query.parameters()), page);
        Map<UUID, String> names = clientNames(found.items().stream().map(n -> n.clientId).collect(Collectors.toSet()));
        return found.map(n -> NotificationView.of(n, n.clientId == null ? null : names.get(n.clientId)));
    }

    /** Marks one read; reading it again keeps the first time it was read. */
    public NotificationView markRead(UUID id) {
        Notification notification = Notification.<Notification>find("id = ?1 and recipientId = ?2", id, caller.id())
                .firstResultOptional()
                .filter(this::visible)
                .orElseThrow(() -> NotFoundProblem.of("Notification", id));
        if (notification.readAt == null) {
            notification.readAt = clock.now();
        }
        return NotificationView.of(notification, notification.clientId == null ? null
                : clientNames(Set.of(notification.clientId)).get(notification.clientId));
    }

    /** Marks read every unread notification the caller can see now. */
    public ReadAllView markAllRead() {
        ListQuery query = visibleToCaller();
        Map<String, Object> parameters = new HashMap<>(query.parameters().map());
        parameters.put("now", clock.now());
        int marked = Notification.update("readAt = :now where readAt is null and " + query.where(), parameters);
        return new ReadAllView(marked);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationSettings settings() {
        return new NotificationSettings(MutedKind.of(caller.id()));
    }

    /** Replaces the caller's muted kinds; what was kept before stays, what arrives while muted is not kept. */
    public NotificationSettings replaceSettings(NotificationSettings settings) {
        MutedKind.delete("staffId", caller.id());
        for (NotificationKind kind : settings.mutedKinds()) {
            MutedKind muted = new MutedKind();
            muted.staffId = caller.id();
            muted.kind = kind;
            muted.persist();
        }
        return new NotificationSettings(settings.mutedKinds());
    }

    /**
     * The caller's notifications about clients they see, and those they got for their department (creative
     * directors and traffic see every job but no account) while they still hold its role.
     */
    private ListQuery visibleToCaller() {
        ListQuery query = ListQuery.everything().and("recipientId", caller.id());
        VisibleClients visible = access.visible();
        if (visible.all()) {
            return query;
        }
        List<RecipientReason> departmental = Arrays.stream(RecipientReason.values())
                .filter(reason -> reason.department() != null && caller.hasRole(reason.department()))
                .toList();
        String clients = visible.ids().isEmpty() ? "1 = 0" : "clientId in :visible";
        String departments = departmental.isEmpty() ? "1 = 0" : "reason in :departmental";
        Map<String, Object> values = new HashMap<>();
        if (!visible.ids().isEmpty()) {
            values.put("visible", visible.ids());
        }
        if (!departmental.isEmpty()) {
            values.put("departmental", departmental);
        }
        // a notification about no single client (a digest) was its recipient's alone
        return query.andAlways("clientId is null or " + clients + " or " + departments, values);
    }

    private boolean visible(Notification notification) {
        Role department = notification.reason.department();
        return notification.clientId == null || access.canSee(notification.clientId)
                || (department != null && caller.hasRole(department));
    }

    private static Sort unreadFirst(PageRequest page) {
        Sort sort = Sort.by(UNREAD_FIRST);
        for (SortOrder order : page.sort()) {
            sort = sort.and(order.field(), order.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending);
        }
        return sort.and("id").disableEscaping();
    }

    private static Map<UUID, String> clientNames(Set<UUID> someIds) {
        Set<UUID> ids = someIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Client.<Client>list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c.name));
    }
}
