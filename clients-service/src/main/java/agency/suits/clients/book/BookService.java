package agency.suits.clients.book;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.client.Client;
import agency.suits.clients.contract.Contract;
import agency.suits.clients.health.ClientHealth;
import agency.suits.clients.health.HealthRules;
import agency.suits.clients.health.HealthService;
import agency.suits.clients.health.ObservedSignal;
import agency.suits.clients.staff.StaffMember;
import agency.suits.clients.team.TeamMembership;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.ClientStatus;
import agency.suits.persistence.ListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts of the caller's book (supervisors the clients whose team they are on, directors every client), each
 * with its health, contract and last interaction. Supervisors, contracts and interactions take one query each for the
 * whole book; the health reasons are read per account as the health view reads them, so the two never disagree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BookService {

    static final int TOP_REASONS = 3;
    private static final String ON_SUPERVISORS_TEAM = "id in (select m.clientId from TeamMembership m "
            + "where m.staffId = :supervisor and m.role = agency.suits.events.clients.AccountRole.ACCOUNT_SUPERVISOR)";

    @Inject ClientAccess access;
    @Inject AgencyClock clock;
    @Inject EntityManager entityManager;
    @Inject HealthService healthService;

    public BookAccounts of(UUID supervisorId, ClientStatus status, BookOrder order) {
        access.require(ClientPermission.READ_BOOK);
        ListQuery query = ListQuery.visibleTo(access.visible(), "id")
                .and(ON_SUPERVISORS_TEAM, "supervisor", supervisorId)
                .and("status", status);
        List<Client> clients = Client.list(query.where(), query.parameters());
        if (clients.isEmpty()) {
            return new BookAccounts(List.of());
        }
        Set<UUID> ids = clients.stream().map(client -> client.id).collect(Collectors.toSet());
        LocalDate today = clock.today();
        Map<UUID, ClientHealth> health = byClient(ClientHealth.<ClientHealth>list("clientId in ?1", ids),
                h -> h.clientId);
        Map<UUID, BookAccount.Supervisor> supervisors = primarySupervisors(ids);
        Map<UUID, BookAccount.ContractInForce> contracts = contractsInForce(ids, today);
        Map<UUID, Instant> lastInteractions = lastInteractions(ids);
        List<BookAccount> accounts = clients.stream().map(client -> new BookAccount(client.id, client.code,
                client.name, client.status, supervisors.get(client.id),
                health(client, health.get(client.id)),
                contracts.get(client.id), lastInteractions.get(client.id)))
                .sorted(order.comparator()).toList();
        return new BookAccounts(accounts);
    }

    /** The score as last assessed and the heaviest signals behind it, as the client's health view has them. */
    private BookAccount.Health health(Client client, ClientHealth assessed) {
        List<ObservedSignal> signals = healthService.signalsBehind(client, assessed);
        List<BookAccount.Reason> top = signals.stream()
                .sorted(Comparator.comparingInt(ObservedSignal::weight).reversed()
                        .thenComparing(ObservedSignal::observedAt, Comparator.reverseOrder()))
                .limit(TOP_REASONS)
                .map(signal -> new BookAccount.Reason(signal.signal(), signal.weight(), signal.detail())).toList();
        if (assessed == null) {
            return new BookAccount.Health(HealthRules.score(signals), false, top, null);
        }
        return new BookAccount.Health(assessed.score, assessed.belowThreshold, top, assessed.assessedAt);
    }

    private static Map<UUID, BookAccount.Supervisor> primarySupervisors(Set<UUID> ids) {
        List<TeamMembership> primaries = TeamMembership.list("clientId in ?1 and primaryContact = true", ids);
        Set<UUID> staffIds = primaries.stream().map(m -> m.staffId).collect(Collectors.toSet());
        Map<UUID, String> names = staffIds.isEmpty() ? Map.of()
                : StaffMember.<StaffMember>list("id in ?1", staffIds).stream()
                        .collect(Collectors.toMap(s -> s.id, s -> s.name));
        return primaries.stream().collect(Collectors.toMap(m -> m.clientId,
                m -> new BookAccount.Supervisor(m.staffId, names.get(m.staffId)), (a, b) -> a));
    }

    private static Map<UUID, BookAccount.ContractInForce> contractsInForce(Set<UUID> ids, LocalDate today) {
        List<Contract> inForce = Contract.list("clientId in ?1 and startsOn <= ?2 and endsOn >= ?2", ids, today);
        if (inForce.isEmpty()) {
            return Map.of();
        }
        Set<UUID> renewed = Contract.<Contract>list("renewsContractId in ?1",
                inForce.stream().map(c -> c.id).collect(Collectors.toSet())).stream()
                .map(c -> c.renewsContractId).collect(Collectors.toSet());
        return inForce.stream().collect(Collectors.toMap(c -> c.clientId, c -> new BookAccount.ContractInForce(c.id,
                c.type, c.endsOn, ChronoUnit.DAYS.between(today, c.endsOn), renewal(c, renewed, today)),
                (a, b) -> a.endsOn().isAfter(b.endsOn()) ? a : b));
    }

    private static BookAccount.RenewalState renewal(Contract contract, Set<UUID> renewed, LocalDate today) {
        if (contract.terminated()) {
            return BookAccount.RenewalState.TERMINATED;
        }
        if (renewed.contains(contract.id)) {
            return BookAccount.RenewalState.RENEWED;
        }
        return today.isBefore(contract.noticeWindowOpensOn()) ? BookAccount.RenewalState.RUNNING
                : BookAccount.RenewalState.NOTICE_WINDOW_OPEN;
    }

    private Map<UUID, Instant> lastInteractions(Set<UUID> ids) {
        return entityManager.createQuery("select i.clientId, max(i.occurredAt) from Interaction i "
                        + "where i.clientId in ?1 group by i.clientId", Object[].class)
                .setParameter(1, ids).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Instant) row[1]));
    }

    private static <T> Map<UUID, T> byClient(List<T> rows, Function<T, UUID> clientOf) {
        return rows.stream().collect(Collectors.toMap(clientOf, Function.identity(), (a, b) -> a));
    }
}
