package agency.suits.billing.invoice;

import agency.suits.billing.BillingConfig;
import agency.suits.billing.ListQuery;
import agency.suits.billing.ListSorting;
import agency.suits.billing.actuals.CostEntry;
import agency.suits.billing.actuals.TimeEntry;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgets;
import agency.suits.domain.money.Amount;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.domain.WrongState;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Drafts, issues and voids invoices; payments live in {@code payment}. */
@ApplicationScoped
@Transactional
public class Invoices {

    private static final Logger LOG = Logger.getLogger(Invoices.class);

    private final JobBudgets budgets;
    private final Outbox outbox;
    private final BillingConfig config;

    Invoices(JobBudgets budgets, Outbox outbox, BillingConfig config) {
        this.budgets = budgets;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * The client approved the work: draft the milestone invoice for what the job's budget has not yet invoiced. A
     * job billing has no budget for (its brief never reached billing) cannot be priced and is skipped with a warning.
     */
    public void draftMilestone(CreativeApproved approved) {
        JobBudget budget = JobBudget.findById(approved.jobNumber());
        if (budget == null) {
            LOG.warnf("CreativeApproved for %s, which has no budget here: no milestone invoice drafted",
                    approved.jobNumber());
            return;
        }
        Amount uninvoiced = budget.budgetAmount().minus(invoicedSoFar(budget.jobNumber, budget.currency));
        if (!uninvoiced.isPositive()) {
            LOG.infof("CreativeApproved for %s: its budget is invoiced already", approved.jobNumber());
            return;
        }
        Invoice invoice = Invoice.draft(budget.clientId, budget.jobNumber, InvoiceKind.MILESTONE, budget.currency,
                null);
        invoice.addLine("Creative approved in round " + approved.round() + ": " + budget.jobNumber, uninvoiced);
        invoice.persist();
    }

    /**
     * Drafts the retainer invoice of one billing period of a contract: the client's, no job. The caller checks that
     * the period has no invoice yet; the unique (contract, period start) refuses a second one all the same.
     */
    public Invoice draftRetainer(UUID clientId, UUID contractId, LocalDate periodStart, LocalDate periodEnd,
                                 String description, Amount fee) {
        Invoice invoice = Invoice.draft(clientId, null, InvoiceKind.RETAINER, fee.currency(), null);
        invoice.contractId = contractId;
        invoice.periodStart = periodStart;
        invoice.periodEnd = periodEnd;
        invoice.addLine(description, fee);
        invoice.persist();
        return invoice;
    }

    /** Drafts a time-and-materials invoice billing every time and cost entry of the job not billed yet. */
    public Invoice draftTimeAndMaterials(String jobNumber, UUID createdBy) {
        // the budget lock keeps two drafts from billing the same entries
        JobBudget budget = budgets.lock(jobNumber);
        List<TimeEntry> hours = TimeEntry.list("jobNumber = ?1 and invoiceId is null order by workDate, recordedAt",
                jobNumber);
        List<CostEntry> costs = CostEntry.list("jobNumber = ?1 and invoiceId is null order by incurredOn, recordedAt",
                jobNumber);
        if (hours.isEmpty() && costs.isEmpty()) {
            throw new RuleBroken("Job " + jobNumber + " has no time or cost entries that are not billed");
        }
        Invoice invoice = Invoice.draft(budget.clientId, jobNumber, InvoiceKind.TIME_AND_MATERIALS, budget.currency,
                createdBy);
        for (TimeEntry entry : hours) {
            invoice.addLine("%s h %s on %s at %s".formatted(entry.hours.toPlainString(), entry.role, entry.workDate,
                    entry.rate()), entry.value());
            entry.invoiceId = invoice.id;
        }
        for (CostEntry entry : costs) {
            invoice.addLine(entry.vendorName + ": " + entry.description + " (" + entry.incurredOn + ")",
                    entry.value());
            entry.invoiceId = invoice.id;
        }
        invoice.persist();
        return invoice;
    }

    /** Numbers the invoice (gap-free, see the migration), dates it and sends it: InvoiceIssued. */
    public Invoice issue(UUID id, String ifMatch, InvoiceBodies.Issue body, UUID issuedBy) {
        Invoice invoice = lock(id);
        IfMatch.required(ifMatch).verify(invoice.version);
        if (!invoice.status.canIssue()) {
            throw new WrongState("Invoice " + id + " is " + invoice.status + "; only a draft is issued",
                    invoice.status.allowedActions());
        }
        LocalDate issuedOn = body == null || body.issuedOn() == null ? LocalDate.now(ZoneOffset.UTC) : body.issuedOn();
        int terms = body == null || body.paymentTermsDays() == null ? config.paymentTermsDays()
                : body.paymentTermsDays();
        invoice.number = InvoiceNumber.of(issuedOn.getYear(), nextNumber(issuedOn.getYear()));
        invoice.status = InvoiceStatus.ISSUED;
        invoice.issuedOn = issuedOn;
        invoice.dueOn = issuedOn.plusDays(terms);
        invoice.issuedBy = issuedBy;
        invoice.issuedAt = Instant.now();
        outbox.record(new InvoiceIssued(invoice.id, invoice.number, invoice.clientId, invoice.jobNumber,
                invoice.kind, invoice.totalAmount().toWire(), invoice.issuedOn, invoice.dueOn, issuedBy,
                invoice.issuedAt));
        return invoice;
    }

    /** Voids a draft or an unpaid issued invoice; it stays, with its number, the reason, who and when. */
    public Invoice voidInvoice(UUID id, String ifMatch, String reason, UUID voidedBy) {
        Invoice invoice = lock(id);
        IfMatch.required(ifMatch).verify(invoice.version);
        if (!invoice.status.canVoid()) {
            throw new WrongState("Invoice " + id + " is " + invoice.status + " and cannot be voided",
                    invoice.status.allowedActions());
        }
        invoice.status = InvoiceStatus.VOID;
        invoice.voidReason = reason;
        invoice.voidedBy = voidedBy;
        invoice.voidedAt = Instant.now();
        // the entries it billed can be billed again
        TimeEntry.update("invoiceId = null where invoiceId = ?1", id);
        CostEntry.update("invoiceId = null where invoiceId = ?1", id);
        return invoice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Invoice get(UUID id) {
        return Invoice.<Invoice>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Invoice", id));
    }

    public Invoice lock(UUID id) {
        return Invoice.<Invoice>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Invoice", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Invoice> list(ListQuery query, PageRequest request) {
        return ListQuery.page(Invoice.find(query.where(), ListSorting.of(request), query.parameters()), request);
    }

    private Amount invoicedSoFar(String jobNumber, String currency) {
        BigDecimal sum = Invoice.getEntityManager().createQuery(
                        "select coalesce(sum(i.total), 0) from Invoice i where i.jobNumber = :job and i.status <> :void",
                        BigDecimal.class)
                .setParameter("job", jobNumber).setParameter("void", InvoiceStatus.VOID).getSingleResult();
        return Amount.of(sum, currency);
    }

    private int nextNumber(int year) {
        Number next = (Number) Invoice.getEntityManager().createNativeQuery(
                        "insert into invoice_number_counter (year, last_number) values (:year, 1) "
                                + "on conflict (year) do update set last_number = invoice_number_counter.last_number + 1 "
                                + "returning last_number")
                .setParameter("year", year).getSingleResult();
        return next.intValue();
    }
}
