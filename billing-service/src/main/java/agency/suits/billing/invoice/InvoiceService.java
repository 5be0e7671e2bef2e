package agency.suits.billing.invoice;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.billing.RulesInForce;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.actuals.CostEntry;
import agency.suits.billing.actuals.TimeEntry;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgetService;
import agency.suits.billing.tax.TaxService;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.events.billing.InvoiceKind;
import agency.suits.events.clients.ContractType;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.messaging.inbox.WaitingFor;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Drafts, issues and voids invoices; payments live in {@code payment}. */
@ApplicationScoped
@Transactional
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);

    @Inject JobBudgetService budgets;
    @Inject AccountAccess access;
    @Inject Accounts accounts;
    @Inject Outbox outbox;
    @Inject RulesInForce rules;
    @Inject AgencyClock clock;
    @Inject TaxService taxes;

    /**
     * The client approved the work: draft the milestone invoice for what the job's budget has not yet invoiced. The
     * budget comes from BriefSubmitted on another topic, which may not have been read yet (after a restart the
     * topics drain in any order): then the approval waits, parked by the inbox, until the budget is there.
     */
    public void draftMilestone(CreativeApproved approved) {
        JobBudget budget = budgets.find(approved.jobNumber())
                .orElseThrow(() -> new WaitingFor("the budget of job " + approved.jobNumber()));
        if (onRetainer(budget.clientId)) {
            // the retainer's fee bills the client's work period by period: a milestone would bill it twice
            LOG.infof("CreativeApproved for %s: its client is on a retainer, billed by the fee", approved.jobNumber());
            return;
        }
        Amount uninvoiced = budget.budgetAmount().minus(invoicedSoFar(budget.jobNumber, budget.currency));
        if (!uninvoiced.isPositive()) {
            LOG.infof("CreativeApproved for %s: its budget is invoiced already", approved.jobNumber());
            return;
        }
        Invoice invoice = Invoice.draft(budget.clientId, budget.jobNumber, InvoiceKind.MILESTONE, budget.currency,
                null, clock.now());
        invoice.addLine("Creative approved in round " + approved.round() + ": " + budget.jobNumber, uninvoiced);
        invoice.tax(taxes.taxationOf(invoice.clientId, clock.today()));
        invoice.persist();
    }

    /**
     * Drafts the retainer invoice of one billing period of a contract: the client's, no job. The caller checks that
     * the period has no invoice yet; the unique (contract, period start) refuses a second one all the same.
     */
    public Invoice draftRetainer(UUID clientId, UUID contractId, LocalDate periodStart, LocalDate periodEnd,
                                 String description, Amount fee, UUID drafter) {
        Invoice invoice = Invoice.draft(clientId, null, InvoiceKind.RETAINER, fee.currency(), drafter, clock.now());
        invoice.contractId = contractId;
        invoice.periodStart = periodStart;
        invoice.periodEnd = periodEnd;
        invoice.addLine(description, fee);
        invoice.tax(taxes.taxationOf(clientId, clock.today()));
        invoice.persist();
        return invoice;
    }

    /** Drafts a time-and-materials invoice billing every time and cost entry of the job not billed yet. */
    public InvoiceView draftTimeAndMaterials(NewInvoice body) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.DRAFT_MONEY);
        budgets.requireVisible(body.jobNumber());
        // the budget lock keeps two drafts from billing the same entries
        JobBudget budget = budgets.lock(body.jobNumber());
        String jobNumber = budget.jobNumber;
        // a reversed entry and its reversal cancel out and are never billed
        List<TimeEntry> hours = TimeEntry.list("jobNumber = ?1 and invoiceId is null and reversesId is null"
                + " and reversedById is null order by workDate, recordedAt", jobNumber);
        List<CostEntry> costs = CostEntry.list("jobNumber = ?1 and invoiceId is null and reversesId is null"
                + " and reversedById is null order by incurredOn, recordedAt", jobNumber);
        if (hours.isEmpty() && costs.isEmpty()) {
            throw new RuleBroken("Job " + jobNumber + " has no time or cost entries that are not billed");
        }
        Invoice invoice = Invoice.draft(budget.clientId, jobNumber, InvoiceKind.TIME_AND_MATERIALS, budget.currency,
                access.staffId(), clock.now());
        for (TimeEntry entry : hours) {
            invoice.addLine("%s h %s on %s at %s".formatted(entry.hours.toPlainString(), entry.role, entry.workDate,
                    entry.rate()), entry.value());
            entry.invoiceId = invoice.id;
        }
        for (CostEntry entry : costs) {
            invoice.addLine(entry.vendorName + ": " + entry.description + " (" + entry.incurredOn + ")",
                    entry.value(), entry.taxCategory);
            entry.invoiceId = invoice.id;
        }
        invoice.tax(taxes.taxationOf(invoice.clientId, clock.today()));
        invoice.persist();
        return InvoiceView.of(invoice);
    }

    /**
     * Four eyes: a supervisor or director who did not draft the invoice approves it for issue, a director when its
     * total is above the supervisor invoice limit of its currency.
     */
    public InvoiceView approve(UUID id, IfMatch ifMatch) {
        access.require(BillingPermission.SEE_MONEY);
        Invoice invoice = lockVisible(id);
        access.require(BillingPermission.APPROVE_INVOICES);
        ifMatch.verify(invoice.version);
        ApprovalLevel level = InvoiceApproval.check(invoice.totalAmount(), rules.supervisorInvoiceLimit(),
                access.staff().roles(), access.staffId(), invoice.createdBy);
        if (!invoice.status.canApprove()) {
            throw new WrongState("Invoice " + id + " is " + invoice.status + "; only a draft is approved",
                    invoice.status.allowedActions());
        }
        invoice.status = InvoiceStatus.APPROVED;
        invoice.approvedBy = access.staffId();
        invoice.approvedAt = clock.now();
        invoice.approvalLevel = level;
        // written now, so that the view carries the version (the ETag) this change gives it
        Invoice.flush();
        return InvoiceView.of(invoice);
    }

    /** Numbers the approved invoice (gap-free, see the migration), dates it and sends it: InvoiceIssued. */
    public InvoiceView issue(UUID id, IfMatch ifMatch, Issuance body) {
        access.require(BillingPermission.SEE_MONEY);
        Invoice invoice = lockVisible(id);
        access.require(BillingPermission.ISSUE_INVOICES);
        ifMatch.verify(invoice.version);
        if (!invoice.status.canIssue()) {
            throw new WrongState("Invoice " + id + " is " + invoice.status + "; only an approved invoice is issued",
                    invoice.status.allowedActions());
        }
        LocalDate issuedOn = body == null || body.issuedOn() == null ? clock.today() : body.issuedOn();
        int terms = body == null || body.paymentTermsDays() == null
                ? rules.paymentTermsDays()
                : body.paymentTermsDays();
        invoice.number = InvoiceNumber.of(issuedOn.getYear(), nextNumber(issuedOn.getYear()));
        invoice.status = InvoiceStatus.ISSUED;
        invoice.issuedOn = issuedOn;
        invoice.dueOn = issuedOn.plusDays(terms);
        invoice.issuedBy = access.staffId();
        invoice.issuedAt = clock.now();
        outbox.record(new InvoiceIssued(invoice.id, invoice.number, invoice.clientId, invoice.jobNumber,
                invoice.kind, invoice.totalAmount().toWire(), invoice.issuedOn, invoice.dueOn, invoice.issuedBy,
                invoice.issuedAt, invoice.netAmount().toWire(), invoice.taxAmount().toWire()));
        // written now, so that the view carries the version (the ETag) this change gives it
        Invoice.flush();
        return InvoiceView.of(invoice);
    }

    /**
     * Voids a draft or an unpaid issued invoice; it stays, with its number, the reason, who and when. The role is
     * asked before the invoice is looked up (AccessTest: a supervisor outside the team gets 403, not 404).
     */
    public InvoiceView voidInvoice(UUID id, IfMatch ifMatch, Voiding voiding) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.VOID_INVOICES);
        Invoice invoice = lockVisible(id);
        ifMatch.verify(invoice.version);
        if (!invoice.status.canVoid() || !invoice.creditedAmount().isZero()) {
            throw new WrongState("Invoice " + id + " is " + invoice.status + " and cannot be voided",
                    invoice.status.allowedActions());
        }
        invoice.status = InvoiceStatus.VOID;
        invoice.voidReason = voiding.reason();
        invoice.voidedBy = access.staffId();
        invoice.voidedAt = clock.now();
        // the entries it billed can be billed again
        TimeEntry.update("invoiceId = null where invoiceId = ?1", id);
        CostEntry.update("invoiceId = null where invoiceId = ?1", id);
        // written now, so that the view carries the version (the ETag) this change gives it
        Invoice.flush();
        return InvoiceView.of(invoice);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvoiceView get(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        return InvoiceView.of(findVisible(id));
    }

    /** The invoices of the clients the caller sees; each filter is optional. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InvoiceView> list(UUID clientId, String jobNumber, InvoiceKind kind, InvoiceStatus status,
                                  PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        ListQuery query = ListQuery.visibleTo(access.visible()).and("clientId", clientId)
                .and("jobNumber", jobNumber).and("kind", kind).and("status", status);
        return ListQuery.page(Invoice.<Invoice>find(query.where(), query.sort(page), query.parameters()), page)
                .map(InvoiceView::of);
    }

    /** 404 unless the invoice exists and the caller may see its client. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Invoice findVisible(UUID id) {
        Invoice invoice = Invoice.<Invoice>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Invoice", id));
        access.requireVisible(invoice.clientId, "Invoice", id);
        return invoice;
    }

    /** The invoice locked for a change, so that changes of one invoice run one after the other; 404 as above. */
    public Invoice lockVisible(UUID id) {
        Invoice invoice = Invoice.<Invoice>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Invoice", id));
        access.requireVisible(invoice.clientId, "Invoice", id);
        return invoice;
    }

    /** Whether the client's contract in force today is a RETAINER (as the account copy has it). */
    private boolean onRetainer(UUID clientId) {
        return accounts.client(clientId).flatMap(client -> client.contractInForceOn(clock.today()))
                .map(contract -> contract.type() == ContractType.RETAINER).orElse(false);
    }

    private Amount invoicedSoFar(String jobNumber, String currency) {
        BigDecimal sum = Invoice.getEntityManager().createQuery("select coalesce(sum(i.net), 0) from Invoice i "
                        + "where i.jobNumber = :job and i.status <> :void", BigDecimal.class)
                .setParameter("job", jobNumber).setParameter("void", InvoiceStatus.VOID).getSingleResult();
        return Amount.of(sum, currency);
    }

    private int nextNumber(int year) {
        Number next = (Number) Invoice.getEntityManager().createNativeQuery(
                        "insert into invoice_number_counter (year, last_number) values (:year, 1) on conflict (year) "
                                + "do update set last_number = invoice_number_counter.last_number + 1 "
                                + "returning last_number")
                .setParameter("year", year).getSingleResult();
        return next.intValue();
    }
}
