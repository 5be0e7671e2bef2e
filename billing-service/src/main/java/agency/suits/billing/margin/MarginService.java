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
import agency.suits.web.money.MoneyJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;

/** What a job earns: revenue against cost, for the people who answer for margin (supervisors, directors, finance). */
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
        String currency = budget.currency;
        Amount invoiced = Amount.zero(currency);
        for (Invoice invoice : Invoice.<Invoice>list("jobNumber = ?1 and status in ?2", jobNumber, ISSUED)) {
            invoiced = invoiced.plus(invoice.netAmount());
            for (CreditNote note : CreditNote.<CreditNote>list("invoiceId = ?1 and status = ?2", invoice.id,
                    CreditNoteStatus.ISSUED)) {
                invoiced = invoiced.minus(note.netAmount());
            }
        }
        Amount billable = Amount.zero(currency);
        Amount timeCost = Amount.zero(currency);
        BigDecimal uncosted = BigDecimal.ZERO.setScale(2);
        for (TimeEntry entry : TimeEntry.<TimeEntry>list("jobNumber", jobNumber)) {
            if (entry.invoiceId == null) {
                billable = billable.plus(entry.value());
            }
            if (entry.costAmount == null) {
                uncosted = uncosted.add(entry.hours);
            } else {
                timeCost = timeCost.plus(Amount.of(entry.costAmount, currency));
            }
        }
        Amount vendorCost = Amount.zero(currency);
        for (CostEntry entry : CostEntry.<CostEntry>list("jobNumber", jobNumber)) {
            if (entry.invoiceId == null) {
                billable = billable.plus(entry.value());
            }
            vendorCost = vendorCost.plus(entry.value());
        }
        for (Payable payable : Payable.<Payable>list("jobNumber = ?1 and status = ?2", jobNumber,
                PayableStatus.RELEASED)) {
            vendorCost = vendorCost.plus(payable.value());
        }
        Amount revenue = invoiced.plus(billable);
        Amount cost = timeCost.plus(vendorCost);
        Amount margin = revenue.minus(cost);
        BigDecimal percent = revenue.isZero() ? null : margin.percentOf(revenue);
        return new JobMarginView(jobNumber, MoneyJson.of(invoiced), MoneyJson.of(billable), MoneyJson.of(revenue),
                MoneyJson.of(timeCost), MoneyJson.of(vendorCost), MoneyJson.of(cost), MoneyJson.of(margin),
                percent == null ? null : percent.toPlainString(), uncosted.toPlainString());
    }
}
