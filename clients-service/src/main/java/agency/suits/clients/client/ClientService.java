package agency.suits.clients.client;

import agency.suits.clients.SearchText;
import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.ClientField;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.persistence.Rows;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ClientService {

    /** Names sort as people read them, whatever their case. */
    private static final Map<String, String> SORT_EXPRESSIONS = Map.of("name", "lower(name)");

    @Inject ClientAccess access;
    @Inject Clients clients;
    @Inject AccountTeamService teams;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    /**
     * Registers a prospect. A supervisor who registers a client becomes its primary supervisor: otherwise the client
     * would vanish from their own book the moment they created it.
     */
    public ClientView register(NewClient request) {
        access.require(ClientPermission.REGISTER_CLIENT);
        if (Rows.exist(Client.class, "code = ?1", request.code())) {
            throw codeTaken(request.code());
        }
        Instant now = clock.now();
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
            throw codeTaken(request.code());
        }
        outbox.record(new ClientRegistered(client.id, client.code, client.name, client.industry, client.status,
                client.createdBy, now));
        // a client registered this moment has no team yet: only a caller who sees the whole book sees it
        if (!access.seesWholeBook() && access.holds(ClientPermission.LEAD_REGISTERED_CLIENTS)) {
            teams.appointRegistrar(client, access.staffId());
        }
        return ClientView.of(client);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClientView get(UUID id) {
        return ClientView.of(clients.visible(id));
    }

    /** The caller's book, filtered; {@code q} searches name and code, with wildcards taken literally. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClientView> list(ClientFilter filter, PageRequest page) {
        String industry = filter.industry() == null || filter.industry().isBlank() ? null
                : filter.industry().strip().toLowerCase(Locale.ROOT);
        ListQuery query = ListQuery.visibleTo(access.visible(), "id")
                .and("status", filter.status())
                .and("lower(industry) = :industry", "industry", industry)
                .and("id in (select m.clientId from TeamMembership m where m.staffId = :member)", "member",
                        filter.teamMember())
                .and("lower(name) like :q escape '\\' or lower(code) like :q escape '\\'", "q",
                        SearchText.containing(filter.q()))
                .sortingBy(SORT_EXPRESSIONS);
        return ListQuery.page(Client.<Client>find(query.where(), query.sort(page), query.parameters()), page)
                .map(ClientView::of);
    }

    public ClientView update(UUID id, IfMatch ifMatch, ClientChange change) {
        Client client = clients.lockVisible(id);
        access.require(ClientPermission.EDIT_CLIENT);
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
        return publishChange(client, changed);
    }

    public ClientView changeStatus(UUID id, IfMatch ifMatch, ClientStatusChange change) {
        Client client = clients.lockVisible(id);
        access.require(ClientPermission.CHANGE_STATUS);
        ifMatch.verify(client.version);
        ClientLifecycle.requireAllowed(client.status, change.status());
        teams.requireReadyFor(client, change.status());
        client.status = change.status();
        return publishChange(client, List.of(ClientField.STATUS));
    }

    private ClientView publishChange(Client client, List<ClientField> changed) {
        if (changed.isEmpty()) {
            return ClientView.of(client);
        }
        Instant now = clock.now();
        client.updatedAt = now;
        client.flush();
        outbox.record(new ClientUpdated(client.id, client.code, client.name, client.industry, client.status, changed,
                access.staffId(), now));
        return ClientView.of(client);
    }

    private static WrongState codeTaken(String code) {
        return new WrongState("Client code " + code + " is already taken", "choose another code");
    }

    private static String industry(String industry) {
        return industry == null || industry.isBlank() ? null : industry.strip();
    }
}
