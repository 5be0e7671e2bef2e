package agency.suits.billing.margin;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.actuals.CostEntry;
import agency.suits.billing.actuals.TimeEntry;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgetService;
import agency.suits.billing.creditnote.CreditNote;
import agency.suits.billing.creditnote.CreditNoteStatus;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.billing.payable.Payable;
import agency.suits.billing.payable.PayableStatus;
import agency.suits.domain.money.Amount;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.web.money.MoneyJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a job or a client earns: revenue against cost ({@link MarginFigure}), for the people who answer for margin
 * (supervisors, directors, finance).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MarginService {

    private static final List<InvoiceStatus> ISSUED = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.PAID);

    @Inject JobBudgetService budgets;
    @Inject AccountAccess access;

    public JobMarginView ofJob(String jobNumber) {
        access.require(BillingPermission.SEE_MONEY);
        JobBudget budget = budgets.requireVisible(jobNumber);
        access.require(BillingPermission.SEE_MARGIN);
        return JobMarginView.of(jobNumber, figureOf(budget));
    }

    /**
     * Every job of the client with its margin, and one total per currency: the figures of its jobs in that currency
     * plus the retainer fees invoiced in it, which belong to the client and no job.
     */
    public ClientMarginView ofClient(UUID clientId) {
        access.require(BillingPermission.SEE_MONEY);
        access.requireVisible(clientId);
        access.require(BillingPermission.SEE_MARGIN);
        Map<String, MarginFigure> totals = new TreeMap<>();
        Map<String, Amount> retainerFees = new TreeMap<>();
        List<JobMarginView> jobs = new ArrayList<>();
        for (JobBudget budget : JobBudget.<JobBudget>list("clientId = ?1 order by jobNumber", clientId)) {
            MarginFigure figure = figureOf(budget);
            jobs.add(JobMarginView.of(budget.jobNumber, figure));
            totals.merge(figure.currency(), figure, MarginFigure::plus);
        }
        for (Invoice invoice : Invoice.<Invoice>list("clientId = ?1 and kind = ?2 and status in ?3", clientId,
                InvoiceKind.RETAINER, ISSUED)) {
            Amount fee = invoicedNet(invoice);
            retainerFees.merge(fee.currency(), fee, Amount::plus);
            totals.merge(fee.currency(), MarginFigure.zero(fee.currency()).invoicing(fee), MarginFigure::plus);
        }
        List<MarginTotal> views = totals.values().stream().map(total -> MarginTotal.of(total,
                MoneyJson.of(retainerFees.getOrDefault(total.currency(), Amount.zero(total.currency()))))).toList();
        return new ClientMarginView(clientId, views, jobs);
    }

    private MarginFigure figureOf(JobBudget budget) {
        String jobNumber = budget.jobNumber;
        String currency = budget.currency;
        MarginFigure figure = MarginFigure.zero(currency);
        for (Invoice invoice : Invoice.<Invoice>list("jobNumber = ?1 and status in ?2", jobNumber, ISSUED)) {
            figure = figure.invoicing(invoicedNet(invoice));
        }
        for (TimeEntry entry : TimeEntry.<TimeEntry>list("jobNumber", jobNumber)) {
            if (entry.invoiceId == null) {
                figure = figure.billing(entry.value());
            }
            figure = figure.costingHours(entry.hours,
                    entry.costAmount == null ? null : Amount.of(entry.costAmount, currency));
        }
        for (CostEntry entry : CostEntry.<CostEntry>list("jobNumber", jobNumber)) {
            if (entry.invoiceId == null) {
                figure = figure.billing(entry.value());
            }
            figure = figure.costingVendor(entry.value());
        }
        for (Payable payable : Payable.<Payable>list("jobNumber = ?1 and status = ?2", jobNumber,
                PayableStatus.RELEASED)) {
            figure = figure.costingVendor(payable.value());
        }
        return figure;
    }

    /** An issued invoice's net less the nets of the credit notes issued against it. */
    private static Amount invoicedNet(Invoice invoice) {
        Amount net = invoice.netAmount();
        for (CreditNote note : CreditNote.<CreditNote>list("invoiceId = ?1 and status = ?2", invoice.id,
                CreditNoteStatus.ISSUED)) {
            net = net.minus(note.netAmount());
        }
        return net;
    }
}
