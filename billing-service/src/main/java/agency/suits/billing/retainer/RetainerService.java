package agency.suits.billing.retainer;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceService;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.billing.invoice.InvoiceView;
import agency.suits.billing.retainer.RetainerPeriods.Period;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.money.MoneyException;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Retainer contracts: their terms kept from ContractSigned, and the run ({@link RetainerSchedule}) that drafts one
 * RETAINER invoice per contract and billing period once the period has started.
 */
@ApplicationScoped
@Transactional
public class RetainerService {

    private static final Logger LOG = Logger.getLogger(RetainerService.class);

    @Inject InvoiceService invoices;
    @Inject AccountAccess access;
    @Inject Accounts accounts;
    @Inject AgencyClock clock;

    /**
     * Keeps a RETAINER contract's terms; a PROJECT contract has none. Runs in the inbox's transaction with the account
     * copy's own handler. The same contract announced again (a re-publication with a new event id) changes nothing.
     * Terms billing cannot invoice are logged and skipped rather than failed: failing would also hold back the account
     * copy and send the event to the dead-letter topic, and no retry would make the fee billable.
     */
    public void record(ContractSigned signed) {
        if (signed.retainer() == null) {
            return;
        }
        Amount fee;
        try {
            fee = Amount.fromWire(signed.retainer().feePerPeriod());
        } catch (MoneyException unbillable) {
            LOG.warnf("Retainer contract %s: fee %s cannot be invoiced (%s); no retainer invoices will be drafted",
                    signed.contractId(), signed.retainer().feePerPeriod(), unbillable.getMessage());
            return;
        }
        if (!fee.isPositive()) {
            LOG.warnf("Retainer contract %s has no fee per period; no retainer invoices will be drafted",
                    signed.contractId());
            return;
        }
        Retainer.getEntityManager().createNativeQuery("insert into retainer (contract_id, client_id, fee, currency, "
                        + "billing_period, starts_on, ends_on, renews_contract_id, signed_at, recorded_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (contract_id) do nothing")
                .setParameter(1, signed.contractId()).setParameter(2, signed.clientId())
                .setParameter(3, fee.value()).setParameter(4, fee.currency())
                .setParameter(5, signed.retainer().period().name()).setParameter(6, signed.startsOn())
                .setParameter(7, signed.endsOn()).setParameter(8, signed.renewsContractId())
                .setParameter(9, signed.signedAt()).setParameter(10, clock.now())
                .executeUpdate();
    }

    /** An amended end moves the retainer's last period (the fee is not amendable); other terms do not bill. */
    public void amend(ContractAmended amended) {
        Retainer.update("endsOn = ?1 where contractId = ?2", amended.endsOn(), amended.contractId());
    }

    /**
     * A retainer ended early bills no period that starts after its new last day; the period it ends in is billed in
     * full, as a last period cut short always is. A contract billing holds no retainer of changes nothing.
     */
    public void terminate(ContractTerminated terminated) {
        int ended = Retainer.update("endsOn = ?1 where contractId = ?2 and endsOn > ?1", terminated.endsOn(),
                terminated.contractId());
        if (ended == 0) {
            LOG.infof("Contract %s terminated on %s: no retainer of it runs past that day", terminated.contractId(),
                    terminated.endsOn());
        }
    }

    /**
     * Drafts the invoice of every retainer period started by {@code today} that has none yet; answers how many. The
     * retainers are locked for the run, so a second run (another instance) waits and then finds the invoices drafted
     * here; the unique (contract, period start) backs that up in the same transaction.
     */
    public int draftDue(LocalDate today) {
        List<Retainer> started = Retainer.<Retainer>find("startsOn <= ?1 order by startsOn, contractId", today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int drafted = 0;
        for (Retainer retainer : started) {
            if (!billable(retainer.clientId)) {
                continue;
            }
            Set<LocalDate> billed = billedPeriods(retainer);
            for (Period period : RetainerPeriods.startedBy(retainer.startsOn, retainer.endsOn, retainer.billingPeriod,
                    today)) {
                if (billed.contains(period.start())) {
                    continue;
                }
                draft(retainer, period, null);
                drafted++;
            }
        }
        return drafted;
    }

    /**
     * A person bills a period again whose invoice was voided (the scheduler never does: a void is a decision). The
     * period must be one of the contract's that has started, and every invoice it had must be void.
     */
    public InvoiceView redraft(RetainerRedraft body) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.DRAFT_MONEY);
        Retainer retainer = Retainer.<Retainer>findByIdOptional(body.contractId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Retainer contract", body.contractId()));
        access.requireVisible(retainer.clientId, "Retainer contract", body.contractId());
        Period period = RetainerPeriods.startedBy(retainer.startsOn, retainer.endsOn, retainer.billingPeriod,
                        clock.today()).stream().filter(p -> p.start().equals(body.periodStart())).findFirst()
                .orElseThrow(() -> new RuleBroken("No period of retainer contract " + retainer.contractId
                        + " that has started begins on " + body.periodStart()));
        List<Invoice> earlier = Invoice.list("contractId = ?1 and periodStart = ?2", retainer.contractId,
                period.start());
        if (earlier.stream().anyMatch(invoice -> invoice.status != InvoiceStatus.VOID)) {
            throw new WrongState("The period from " + period.start() + " has an invoice that is not void; only a "
                    + "voided period is billed again");
        }
        return InvoiceView.of(draft(retainer, period, access.staffId()));
    }

    /** PAUSED and CHURNED clients get no retainer invoices while they are so (nor do clients billing has not seen). */
    private boolean billable(UUID clientId) {
        return accounts.client(clientId).map(client -> client.status() != ClientStatus.PAUSED
                && client.status() != ClientStatus.CHURNED).orElse(true);
    }

    private Invoice draft(Retainer retainer, Period period, UUID by) {
        return invoices.draftRetainer(retainer.clientId, retainer.contractId, period.start(), period.end(),
                "Retainer fee, %s period %s to %s".formatted(retainer.billingPeriod.name().toLowerCase(),
                        period.start(), period.end()), retainer.feeAmount(), by);
    }

    private static Set<LocalDate> billedPeriods(Retainer retainer) {
        return new HashSet<>(Invoice.getEntityManager()
                .createQuery("select i.periodStart from Invoice i where i.contractId = :contract", LocalDate.class)
                .setParameter("contract", retainer.contractId).getResultList());
    }
}
