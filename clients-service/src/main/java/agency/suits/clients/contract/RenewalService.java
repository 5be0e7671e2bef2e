package agency.suits.clients.contract;

import agency.suits.clients.client.Client;
import agency.suits.clients.client.ClientAccess;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

@ApplicationScoped
@Transactional
public class RenewalService {

    /**
     * Contracts whose notice window is open, not yet announced and not renewed. Locked with SKIP LOCKED so that two
     * instances of the service (or two runs of the job) never announce the same contract.
     */
    private static final String DUE = """
            select c.* from contract c
            where c.renewal_due_sent_at is null
              and c.ends_on >= :today
              and c.ends_on - c.notice_period_days <= :today
              and not exists (select 1 from contract n where n.renews_contract_id = c.id)
            order by c.ends_on
            for update skip locked""";

    private final Outbox outbox;
    private final Clock clock;

    RenewalService(Outbox outbox) {
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    /** Contracts of the caller's book that end within the period from today and have not been renewed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RenewalView> endingWithin(Period within, ClientAccess access) {
        LocalDate today = LocalDate.now(clock);
        String visible = access.seesWholeBook() ? ""
                : " and exists (select 1 from TeamMembership m where m.clientId = c.clientId and m.staffId = :me)";
        var query = Contract.getEntityManager().createQuery("select c, cl from Contract c, Client cl"
                        + " where cl.id = c.clientId and c.endsOn >= :today and c.endsOn <= :until"
                        + " and not exists (select 1 from Contract n where n.renewsContractId = c.id)" + visible
                        + " order by c.endsOn, c.id", Object[].class)
                .setParameter("today", today)
                .setParameter("until", today.plus(within));
        if (!access.seesWholeBook()) {
            query.setParameter("me", access.staffId());
        }
        return query.getResultList().stream().map(row -> view((Contract) row[0], (Client) row[1], today)).toList();
    }

    /**
     * Publishes ContractRenewalDue for every contract whose notice window has opened, and marks it sent in the same
     * transaction: once per contract, whatever the number of runs or restarts.
     *
     * @return how many contracts were announced
     */
    @SuppressWarnings("unchecked")
    public int announceDue() {
        LocalDate today = LocalDate.now(clock);
        List<Contract> due = Contract.getEntityManager().createNativeQuery(DUE, Contract.class)
                .setParameter("today", today).getResultList();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (Contract contract : due) {
            contract.renewalDueSentAt = now;
            outbox.record(new ContractRenewalDue(contract.id, contract.clientId, contract.type, contract.value(),
                    contract.endsOn, contract.noticeWindowOpensOn(), contract.noticePeriodDays, now));
        }
        return due.size();
    }

    private static RenewalView view(Contract contract, Client client, LocalDate today) {
        return new RenewalView(contract.id, client.id, client.code, client.name, contract.type, contract.endsOn,
                ChronoUnit.DAYS.between(today, contract.endsOn), contract.noticeWindowOpensOn(),
                !today.isBefore(contract.noticeWindowOpensOn()), contract.value());
    }
}
