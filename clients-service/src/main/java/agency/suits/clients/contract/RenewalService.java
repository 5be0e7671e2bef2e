package agency.suits.clients.contract;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.client.Client;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.web.money.MoneyJson;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class RenewalService {

    /**
     * Contracts whose notice window is open, not yet announced, not renewed and not terminated (a contract ended
     * early is not up for renewal; an amended end or notice moves the window, see AmendmentService). Locked with SKIP
     * LOCKED so that two instances of the service (or two runs of the job) never announce the same contract.
     */
    private static final String DUE = """
            select c.* from contract c
            where c.renewal_due_sent_at is null
              and c.terminated_on is null
              and c.ends_on >= :today
              and c.ends_on - c.notice_period_days <= :today
              and not exists (select 1 from contract n where n.renews_contract_id = c.id)
            order by c.ends_on
            for update skip locked""";

    private static final String NOT_RENEWED = "terminatedOn is null and "
            + "id not in (select n.renewsContractId from Contract n where n.renewsContractId is not null)";

    @Inject ClientAccess access;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    /** Contracts of the caller's book that end within the period from today, not renewed and not terminated. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RenewalView> endingWithin(Period within, PageRequest page) {
        LocalDate today = clock.today();
        ListQuery query = ListQuery.visibleTo(access.visible())
                .andAlways("endsOn >= :today and endsOn <= :until", Map.of("today", today, "until", today.plus(within)))
                .andAlways(NOT_RENEWED, Map.of());
        Page<Contract> ending = ListQuery.page(Contract.<Contract>find(query.where(), query.sort(page),
                query.parameters()), page);
        List<UUID> clientIds = ending.items().stream().map(contract -> contract.clientId).distinct().toList();
        Map<UUID, Client> clients = clientIds.isEmpty() ? Map.of() : Client.<Client>list("id in ?1", clientIds)
                .stream().collect(Collectors.toMap(client -> client.id, Function.identity()));
        return ending.map(contract -> view(contract, clients.get(contract.clientId), today));
    }

    /**
     * Publishes ContractRenewalDue for every contract whose notice window has opened by {@code today}, and marks it
     * sent in the same transaction: once per contract, whatever the number of runs or restarts.
     *
     * @return how many contracts were announced
     */
    @SuppressWarnings("unchecked")
    public int announceDue(LocalDate today) {
        List<Contract> due = Contract.getEntityManager().createNativeQuery(DUE, Contract.class)
                .setParameter("today", today).getResultList();
        Instant now = clock.now();
        for (Contract contract : due) {
            contract.renewalDueSentAt = now;
            outbox.record(new ContractRenewalDue(contract.id, contract.clientId, contract.type,
                    contract.value().toWire(), contract.endsOn, contract.noticeWindowOpensOn(),
                    contract.noticePeriodDays, now));
        }
        return due.size();
    }

    private static RenewalView view(Contract contract, Client client, LocalDate today) {
        return new RenewalView(contract.id, client.id, client.code, client.name, contract.type, contract.endsOn,
                ChronoUnit.DAYS.between(today, contract.endsOn), contract.noticeWindowOpensOn(),
                !today.isBefore(contract.noticeWindowOpensOn()), MoneyJson.of(contract.value()));
    }
}
