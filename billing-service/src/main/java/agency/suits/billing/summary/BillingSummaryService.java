package agency.suits.billing.summary;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.budget.BudgetView;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.web.money.MoneyJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A client's billing at a glance: each job's budget against actuals, and its receivables by age. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BillingSummaryService {

    @Inject AccountAccess access;
    @Inject AgencyClock clock;

    /** As of {@code asOf}, or the agency's today when it is null. */
    public BillingSummaryView of(UUID clientId, LocalDate asOf) {
        access.require(BillingPermission.SEE_MONEY);
        access.requireVisible(clientId);
        LocalDate today = asOf == null ? clock.today() : asOf;
        List<BudgetView> jobs = JobBudget.<JobBudget>list("clientId = ?1 order by jobNumber", clientId).stream()
                .map(BudgetView::of).toList();
        Map<String, Aging> byCurrency = new TreeMap<>();
        List<Invoice> open = Invoice.list("clientId = ?1 and status in ?2", clientId,
                List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID));
        for (Invoice invoice : open) {
            byCurrency.computeIfAbsent(invoice.currency, Aging::new)
                    .add(invoice.issuedOn, today, invoice.outstanding());
        }
        Map<String, Amount[]> invoiced = new TreeMap<>();
        List<Invoice> issued = Invoice.list("clientId = ?1 and status in ?2 and issuedOn <= ?3", clientId,
                List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID), today);
        for (Invoice invoice : issued) {
            Amount[] sums = invoiced.computeIfAbsent(invoice.currency, currency -> new Amount[]{
                Amount.zero(currency), Amount.zero(currency), Amount.zero(currency)});
            sums[0] = sums[0].plus(invoice.netAmount());
            sums[1] = sums[1].plus(invoice.taxAmount());
            sums[2] = sums[2].plus(invoice.creditedAmount());
        }
        return new BillingSummaryView(clientId, today, jobs,
                byCurrency.values().stream().map(BillingSummaryView.Receivables::of).toList(),
                invoiced.entrySet().stream().map(e -> new BillingSummaryView.Invoiced(e.getKey(),
                        MoneyJson.of(e.getValue()[0]), MoneyJson.of(e.getValue()[1]),
                        MoneyJson.of(e.getValue()[0].plus(e.getValue()[1])), MoneyJson.of(e.getValue()[2])))
                        .toList());
    }
}
