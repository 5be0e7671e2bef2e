package agency.suits.billing.changeorder;

import agency.suits.billing.BillingConfig;
import agency.suits.billing.ListQuery;
import agency.suits.billing.ListSorting;
import agency.suits.billing.access.ApprovalRules;
import agency.suits.billing.budget.BudgetChanges;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgets;
import agency.suits.domain.money.Amount;
import agency.suits.events.creative.RevisionLimitExceeded;
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
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ChangeOrders {

    private static final Logger LOG = Logger.getLogger(ChangeOrders.class);

    private final JobBudgets budgets;
    private final BudgetChanges budgetChanges;
    private final BillingConfig config;

    ChangeOrders(JobBudgets budgets, BudgetChanges budgetChanges, BillingConfig config) {
        this.budgets = budgets;
        this.budgetChanges = budgetChanges;
        this.config = config;
    }

    /** A round beyond the included ones is out of scope: draft a change order priced by {@link ExtraRoundPrice}. */
    public void draftForExtraRound(RevisionLimitExceeded exceeded) {
        JobBudget budget = JobBudget.findById(exceeded.jobNumber());
        if (budget == null) {
            LOG.warnf("RevisionLimitExceeded for %s, which has no budget here: no change order drafted",
                    exceeded.jobNumber());
            return;
        }
        Amount price = ExtraRoundPrice.of(budget.budgetAmount(), config.extraRoundPercent());
        if (!price.isPositive()) {
            LOG.warnf("RevisionLimitExceeded for %s: a zero budget prices the extra round at nothing",
                    exceeded.jobNumber());
            return;
        }
        persist(budget, ChangeOrderOrigin.REVISION_LIMIT, exceeded.round(),
                "Revision round " + exceeded.round() + " is beyond the " + exceeded.includedRounds()
                        + " rounds the contract includes", price, null);
    }

    public ChangeOrder create(ChangeOrderBody body, UUID author) {
        Amount difference = body.amount().toAmount();
        if (!difference.isPositive()) {
            throw new RuleBroken("A change order adds more than zero to the budget");
        }
        JobBudget budget = budgets.require(body.jobNumber());
        budget.budgetAmount().requireSameCurrency(difference);
        return persist(budget, ChangeOrderOrigin.MANUAL, null, body.reason(), difference, author);
    }

    /** Approved by a supervisor or director who did not create it; raises the budget by its difference. */
    public ChangeOrder approve(UUID id, String ifMatch, CurrentStaff approver) {
        ChangeOrder order = ChangeOrder.<ChangeOrder>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Change order", id));
        IfMatch.required(ifMatch).verify(order.version);
        ApprovalRules.requireSupervisorApproval(approver.roles(), approver.id(), order.createdBy, "a change order");
        if (order.status != ChangeOrderStatus.DRAFT) {
            throw new WrongState("Change order " + id + " is approved already");
        }
        order.status = ChangeOrderStatus.APPROVED;
        order.approvedBy = approver.id();
        order.approvedAt = Instant.now();
        budgetChanges.raise(order.jobNumber, order.difference());
        return order;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeOrder get(UUID id) {
        return ChangeOrder.<ChangeOrder>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Change order", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChangeOrder> list(ListQuery query, PageRequest request) {
        return ListQuery.page(ChangeOrder.find(query.where(), ListSorting.of(request), query.parameters()), request);
    }

    private static ChangeOrder persist(JobBudget budget, ChangeOrderOrigin origin, Integer round, String reason,
                                       Amount difference, UUID author) {
        ChangeOrder order = new ChangeOrder();
        order.id = UUID.randomUUID();
        order.jobNumber = budget.jobNumber;
        order.clientId = budget.clientId;
        order.origin = origin;
        order.round = round;
        order.reason = reason;
        order.amount = difference.value();
        order.currency = difference.currency();
        order.status = ChangeOrderStatus.DRAFT;
        order.createdBy = author;
        order.createdAt = Instant.now();
        order.persist();
        return order;
    }
}
