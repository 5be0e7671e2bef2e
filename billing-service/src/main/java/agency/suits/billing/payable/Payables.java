package agency.suits.billing.payable;

import agency.suits.billing.BillingConfig;
import agency.suits.billing.ListQuery;
import agency.suits.billing.ListSorting;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgets;
import agency.suits.domain.money.Amount;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.events.billing.PayableApproved;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.security.CurrentStaff;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.domain.WrongState;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class Payables {

    private final JobBudgets budgets;
    private final Outbox outbox;
    private final BillingConfig config;

    Payables(JobBudgets budgets, Outbox outbox, BillingConfig config) {
        this.budgets = budgets;
        this.outbox = outbox;
        this.config = config;
    }

    public Payable create(PayableBody body, UUID creator) {
        Amount amount = body.amount().toAmount();
        if (!amount.isPositive()) {
            throw new RuleBroken("A payable is more than zero");
        }
        JobBudget budget = budgets.require(body.jobNumber());
        budget.budgetAmount().requireSameCurrency(amount);
        Payable payable = new Payable();
        payable.id = UUID.randomUUID();
        payable.jobNumber = budget.jobNumber;
        payable.clientId = budget.clientId;
        payable.vendorName = body.vendorName();
        payable.description = body.description();
        payable.amount = amount.value();
        payable.currency = amount.currency();
        payable.status = PayableStatus.DRAFT;
        payable.createdBy = creator;
        payable.createdAt = Instant.now();
        payable.persist();
        return payable;
    }

    /** Approval at the level the amount requires, never by the creator: committed on the budget, PayableApproved. */
    public Payable approve(UUID id, String ifMatch, CurrentStaff approver) {
        Payable payable = lock(id);
        IfMatch.required(ifMatch).verify(payable.version);
        ApprovalLevel level = PayableApproval.check(payable.value(), config.supervisorPayableLimit(),
                approver.roles(), approver.id(), payable.createdBy);
        if (payable.status != PayableStatus.DRAFT) {
            throw new WrongState("Payable " + id + " is " + payable.status + "; only a draft is approved",
                    payable.status == PayableStatus.APPROVED ? new String[]{"release"} : new String[0]);
        }
        payable.status = PayableStatus.APPROVED;
        payable.approvalLevel = level;
        payable.approvedBy = approver.id();
        payable.approvedAt = Instant.now();
        budgets.commit(payable.jobNumber, payable.value());
        outbox.record(new PayableApproved(payable.id, payable.jobNumber, payable.clientId, payable.vendorName,
                payable.description, payable.value().toWire(), level, payable.createdBy, payable.approvedBy,
                payable.approvedAt));
        return payable;
    }

    /** Finance pays out an approved payable: it leaves committed and becomes an actual of the job. */
    public Payable release(UUID id, String ifMatch, UUID releasedBy) {
        Payable payable = lock(id);
        IfMatch.required(ifMatch).verify(payable.version);
        if (payable.status != PayableStatus.APPROVED) {
            throw new WrongState("Payable " + id + " is " + payable.status + "; finance releases only approved "
                    + "payables", payable.status == PayableStatus.DRAFT ? new String[]{"approve"} : new String[0]);
        }
        payable.status = PayableStatus.RELEASED;
        payable.releasedBy = releasedBy;
        payable.releasedAt = Instant.now();
        budgets.spendCommitted(payable.jobNumber, payable.value());
        return payable;
    }

    public ApprovalLevel requiredLevel(Payable payable) {
        return PayableApproval.levelFor(payable.value(), config.supervisorPayableLimit());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Payable get(UUID id) {
        return Payable.<Payable>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Payable", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Payable> list(ListQuery query, PageRequest request) {
        return ListQuery.page(Payable.find(query.where(), ListSorting.of(request), query.parameters()), request);
    }

    private Payable lock(UUID id) {
        return Payable.<Payable>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Payable", id));
    }
}
