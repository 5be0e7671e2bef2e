package agency.suits.billing.payable;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.RulesInForce;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.budget.Booking;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgetService;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.ApprovalLevel;
import agency.suits.events.billing.BookingKind;
import agency.suits.events.billing.PayableApproved;
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

import java.util.UUID;

/** Money owed to vendors for a job: drafted, approved (committed on the budget), released by finance (spent). */
@ApplicationScoped
@Transactional
public class PayableService {

    @Inject JobBudgetService budgets;
    @Inject AccountAccess access;
    @Inject Outbox outbox;
    @Inject RulesInForce rules;
    @Inject AgencyClock clock;

    public PayableView create(NewPayable body) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.DRAFT_MONEY);
        JobBudget budget = budgets.requireVisible(body.jobNumber());
        Amount amount = body.amount().toAmount();
        if (!amount.isPositive()) {
            throw new RuleBroken("A payable is more than zero");
        }
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
        payable.createdBy = access.staffId();
        payable.createdAt = clock.now();
        payable.persist();
        return view(payable);
    }

    /** Approval at the level the amount requires, never by the creator: committed on the budget, PayableApproved. */
    public PayableView approve(UUID id, IfMatch ifMatch) {
        access.require(BillingPermission.SEE_MONEY);
        Payable payable = lockVisible(id);
        access.require(BillingPermission.APPROVE_PAYABLES);
        ifMatch.verify(payable.version);
        ApprovalLevel level = PayableApproval.check(payable.value(), rules.supervisorPayableLimit(),
                access.staff().roles(), access.staffId(), payable.createdBy);
        if (payable.status != PayableStatus.DRAFT) {
            throw new WrongState("Payable " + id + " is " + payable.status + "; only a draft is approved",
                    payable.status == PayableStatus.APPROVED ? new String[]{"release"} : new String[0]);
        }
        payable.status = PayableStatus.APPROVED;
        payable.approvalLevel = level;
        payable.approvedBy = access.staffId();
        payable.approvedAt = clock.now();
        payable.overBudgetBy = budgets.commit(payable.jobNumber, new Booking(BookingKind.PAYABLE, payable.id,
                payable.value())).map(Amount::value).orElse(null);
        outbox.record(new PayableApproved(payable.id, payable.jobNumber, payable.clientId, payable.vendorName,
                payable.description, payable.value().toWire(), level, payable.createdBy, payable.approvedBy,
                payable.approvedAt));
        // written now, so that the view carries the version (the ETag) this change gives it
        Payable.flush();
        return view(payable);
    }

    /** Finance pays out an approved payable: it leaves committed and becomes an actual of the job. */
    public PayableView release(UUID id, IfMatch ifMatch) {
        access.require(BillingPermission.SEE_MONEY);
        Payable payable = lockVisible(id);
        access.require(BillingPermission.RELEASE_PAYABLES);
        ifMatch.verify(payable.version);
        if (payable.status != PayableStatus.APPROVED) {
            throw new WrongState("Payable " + id + " is " + payable.status + "; finance releases only approved "
                    + "payables", payable.status == PayableStatus.DRAFT ? new String[]{"approve"} : new String[0]);
        }
        payable.status = PayableStatus.RELEASED;
        payable.releasedBy = access.staffId();
        payable.releasedAt = clock.now();
        budgets.spendCommitted(payable.jobNumber, payable.value());
        // written now, so that the view carries the version (the ETag) this change gives it
        Payable.flush();
        return view(payable);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PayableView get(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        Payable payable = Payable.<Payable>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Payable", id));
        access.requireVisible(payable.clientId, "Payable", id);
        return view(payable);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PayableView> list(String jobNumber, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        ListQuery query = ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber);
        return ListQuery.page(Payable.<Payable>find(query.where(), query.sort(page), query.parameters()), page)
                .map(this::view);
    }

    private Payable lockVisible(UUID id) {
        Payable payable = Payable.<Payable>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Payable", id));
        access.requireVisible(payable.clientId, "Payable", id);
        return payable;
    }

    private PayableView view(Payable payable) {
        return PayableView.of(payable, PayableApproval.levelFor(payable.value(), rules.supervisorPayableLimit()));
    }
}
