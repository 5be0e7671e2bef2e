package agency.suits.billing.retainer;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.actuals.TimeEntry;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.billing.retainer.RetainerPeriods.Period;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a retainer client's periods used of their fee ({@link RetainerUsage}): the hours of the client's jobs whose
 * work date falls in the period. For the people who answer for margin, as cost rates are part of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RetainerPeriodService {

    @Inject AccountAccess access;
    @Inject AgencyClock clock;

    public RetainerPeriodsView of(UUID clientId) {
        access.require(BillingPermission.SEE_MONEY);
        access.requireVisible(clientId);
        access.require(BillingPermission.SEE_MARGIN);
        LocalDate today = clock.today();
        List<RetainerPeriodView> views = new ArrayList<>();
        for (Retainer retainer : Retainer.<Retainer>list("clientId = ?1 order by startsOn, contractId", clientId)) {
            Map<LocalDate, UUID> invoices = invoicesOf(retainer);
            for (Period period : RetainerPeriods.startedBy(retainer.startsOn, retainer.endsOn,
                    retainer.billingPeriod, today)) {
                boolean current = !today.isAfter(period.end());
                views.add(RetainerPeriodView.of(retainer, period, current, invoices.get(period.start()),
                        usage(retainer, period)));
            }
        }
        return new RetainerPeriodsView(clientId, views);
    }

    /**
     * Only hours valued in the fee's currency count: a job budgeted in another currency cannot be set against the
     * fee without an exchange rate, which billing does not keep.
     */
    private static RetainerUsage usage(Retainer retainer, Period period) {
        RetainerUsage usage = RetainerUsage.against(retainer.feeAmount());
        for (TimeEntry entry : TimeEntry.<TimeEntry>list("clientId = ?1 and currency = ?2 and workDate >= ?3 "
                + "and workDate <= ?4", retainer.clientId, retainer.currency, period.start(), period.end())) {
            usage = usage.logging(entry.hours, entry.value(),
                    entry.costAmount == null ? null : Amount.of(entry.costAmount, entry.currency));
        }
        return usage;
    }

    private static Map<LocalDate, UUID> invoicesOf(Retainer retainer) {
        Map<LocalDate, UUID> byPeriod = new HashMap<>();
        for (Invoice invoice : Invoice.<Invoice>list("contractId = ?1 and status <> ?2", retainer.contractId,
                InvoiceStatus.VOID)) {
            byPeriod.put(invoice.periodStart, invoice.id);
        }
        return byPeriod;
    }
}
