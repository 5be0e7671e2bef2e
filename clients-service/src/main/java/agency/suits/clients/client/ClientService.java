package agency.suits.clients.client;

import agency.suits.clients.team.AccountTeamService;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.security.Role;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import agency.suits.domain.WrongState;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ClientService {

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "lower(c.name)", "code", "c.code", "status", "c.status", "createdAt", "c.createdAt",
            "updatedAt", "c.updatedAt");

    private final ClientAccess access;
    private final AccountTeamService teams;
    private final Outbox outbox;

    ClientService(ClientAccess access, AccountTeamService teams, Outbox outbox) {
        this.access = access;
        this.teams = teams;
        this.outbox = outbox;
    }

    /**
     * Registers a prospect. A supervisor who registers a client becomes its primary supervisor: otherwise the client
     * would vanish from their own book the moment they created it.
     */
    public ClientView register(NewClient request) {
        access.require(ClientPermission.REGISTER_CLIENT);
        if (Client.count("code", request.code()) > 0) {
            throw new WrongState("Client code " + request.code() + " is already taken", "choose another code");
        }
        Instant now = now();
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.code = request.code();
        client.name = request.name().strip();
        client.industry = industry(request.industry());
        client.status = ClientStatus.PROSPECT;
        client.createdBy = access.staffId();
        client.createdAt = now;
        client.updatedAt = now;
        try {
            client.persistAndFlush();
        } catch (PersistenceException raced) {
            // the unique constraint settles two registrations of one code that both passed the check above
            throw new WrongState("Client code " + request.code() + " is already taken", "choose another code");
        }
        outbox.record(new ClientRegistered(client.id, client.code, client.name, client.industry, client.status,
                client.createdBy, now));
        if (!access.seesWholeBook() && access.hasRole(Role.ACCOUNT_SUPERVISOR)) {
            teams.appointRegistrar(client, access.staffId());
        }
        return ClientView.of(client);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientView get(UUID id) {
        return ClientView.of(access.visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClientView> list(ClientFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!access.seesWholeBook()) {
            where.add("exists (select 1 from TeamMembership mine where mine.clientId = c.id and mine.staffId = :me)");
            parameters.and("me", access.staffId());
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.industry() != null && !filter.industry().isBlank()) {
            where.add("lower(c.industry) = :industry");
            parameters.and("industry", filter.industry().strip().toLowerCase());
        }
        if (filter.teamMember() != null) {
            where.add("exists (select 1 from TeamMembership m where m.clientId = c.id and m.staffId = :member)");
            parameters.and("member", filter.teamMember());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(c.name) like :q escape '\\' or lower(c.code) like :q escape '\\')");
            parameters.and("q", "%" + escapeLike(filter.q().strip().toLowerCase()) + "%");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = Client.count("select count(c) from Client c" + condition, parameters);
        var query = Client.getEntityManager()
                .createQuery("select c from Client c" + condition + orderBy(page), Client.class)
                .setFirstResult((int) page.offset())
                .setMaxResults(page.size());
        parameters.map().forEach(query::setParameter);
        List<Client> clients = query.getResultList();
        return Page.of(clients.stream().map(ClientView::of).toList(), page, total);
    }

    public ClientView update(UUID id, IfMatch ifMatch, ClientChange change) {
        Client client = access.changeable(id, ClientPermission.EDIT_CLIENT);
        ifMatch.verify(client.version);
        List<ClientField> changed = new ArrayList<>();
        String name = change.name().strip();
        if (!name.equals(client.name)) {
            client.name = name;
            changed.add(ClientField.NAME);
        }
        String industry = industry(change.industry());
        if (!Objects.equals(industry, client.industry)) {
            client.industry = industry;
            changed.add(ClientField.INDUSTRY);
        }
        return publishChange(client, changed, access.staffId());
    }

    public ClientView changeStatus(UUID id, IfMatch ifMatch, StatusChange change) {
        Client client = access.changeable(id, ClientPermission.CHANGE_STATUS);
        ifMatch.verify(client.version);
        ClientLifecycle.requireAllowed(client.status, change.status());
        teams.requireReadyFor(client, change.status());
        client.status = change.status();
        return publishChange(client, List.of(ClientField.STATUS), access.staffId());
    }

    private ClientView publishChange(Client client, List<ClientField> changed, UUID by) {
        if (changed.isEmpty()) {
            return ClientView.of(client);
        }
        Instant now = now();
        client.updatedAt = now;
        client.flush();
        outbox.record(new ClientUpdated(client.id, client.code, client.name, client.industry, client.status, changed,
                by, now));
        return ClientView.of(client);
    }

    private static String orderBy(PageRequest page) {
        List<String> orders = new ArrayList<>();
        for (SortOrder order : page.sort()) {
            orders.add(SORT_COLUMNS.get(order.field()) + (order.ascending() ? " asc" : " desc"));
        }
        orders.add("c.id asc"); // a stable order, so pages neither repeat nor skip clients
        return " order by " + String.join(", ", orders);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String industry(String industry) {
        return industry == null || industry.isBlank() ? null : industry.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
