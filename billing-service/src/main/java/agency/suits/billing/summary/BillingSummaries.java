package agency.suits.billing.summary;

import agency.suits.billing.budget.BudgetView;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BillingSummaries {

    public BillingSummaryView of(UUID clientId, LocalDate today) {
        List<BudgetView> jobs = JobBudget.<JobBudget>list("clientId = ?1 order by jobNumber", clientId).stream()
                .map(BudgetView::of).toList();
        Map<String, Aging> byCurrency = new TreeMap<>();
        List<Invoice> open = Invoice.list("clientId = ?1 and status in ?2", clientId,
                List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID));
        for (Invoice invoice : open) {
            byCurrency.computeIfAbsent(invoice.currency, Aging::new)
                    .add(invoice.issuedOn, today, invoice.outstanding());
        }
        return new BillingSummaryView(clientId, today, jobs,
                byCurrency.values().stream().map(BillingSummaryView.Receivables::of).toList());
    }
}
