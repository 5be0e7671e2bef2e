package agency.suits.billing.changeorder;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.RulesInForce;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgetService;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.inbox.WaitingFor;
import agency.suits.persistence.ListQuery;
import agency.suits.security.SegregationOfDuties;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Change orders: the priced difference when scope grows, drafted by people or by the revision-round rule. */
@ApplicationScoped
@Transactional
public class ChangeOrderService {

    private static final Logger LOG = Logger.getLogger(ChangeOrderService.class);

    @Inject JobBudgetService budgets;
    @Inject AccountAccess access;
    @Inject RulesInForce rules;
    @Inject AgencyClock clock;

    /**
     * A round beyond the included ones is out of scope: draft a change order priced by {@link ExtraRoundPrice}. With
     * no rounds included, RevisionLimitExceeded comes as the job opens, possibly before billing has read the job's
     * BriefSubmitted from the other topic: it then waits, parked by the inbox, until the budget is there.
     */
    public void draftForExtraRound(RevisionLimitExceeded exceeded) {
        JobBudget budget = budgets.find(exceeded.jobNumber())
                .orElseThrow(() -> new WaitingFor("the budget of job " + exceeded.jobNumber()));
        Amount price = ExtraRoundPrice.of(budget.budgetAmount(), rules.extraRoundPercent());
        if (!price.isPositive()) {
            LOG.warnf("RevisionLimitExceeded for %s: a zero budget prices the extra round at nothing",
                    exceeded.jobNumber());
            return;
        }
        persist(budget, ChangeOrderOrigin.REVISION_LIMIT, exceeded.round(),
                "Revision round " + exceeded.round() + " is beyond the " + exceeded.includedRounds()
                        + " rounds the contract includes", price, null);
    }

    public ChangeOrderView create(NewChangeOrder body) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.DRAFT_MONEY);
        JobBudget budget = budgets.requireVisible(body.jobNumber());
        Amount difference = body.amount().toAmount();
        if (!difference.isPositive()) {
            throw new RuleBroken("A change order adds more than zero to the budget");
        }
        budget.budgetAmount().requireSameCurrency(difference);
        return ChangeOrderView.of(persist(budget, ChangeOrderOrigin.MANUAL, null, body.reason(), difference,
                access.staffId()));
    }

    /** Approved by a supervisor or director who did not create it; raises the budget by its difference. */
    public ChangeOrderView approve(UUID id, IfMatch ifMatch) {
        access.require(BillingPermission.SEE_MONEY);
        ChangeOrder order = lockVisible(id);
        access.require(BillingPermission.APPROVE_CHANGE_ORDERS);
        ifMatch.verify(order.version);
        SegregationOfDuties.requireNotCreator(access.staffId(), order.createdBy, "a change order");
        if (order.status != ChangeOrderStatus.DRAFT) {
            throw new WrongState("Change order " + id + " is approved already");
        }
        order.status = ChangeOrderStatus.APPROVED;
        order.approvedBy = access.staffId();
        order.approvedAt = clock.now();
        budgets.raise(order.jobNumber, order.difference(), order.id, order.reason);
        // written now, so that the view carries the version (the ETag) this change gives it
        ChangeOrder.flush();
        return ChangeOrderView.of(order);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeOrderView get(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        ChangeOrder order = ChangeOrder.<ChangeOrder>findByIdOptional(id)
                .orElseThrow(() -> NotFoundProblem.of("Change order", id));
        access.requireVisible(order.clientId, "Change order", id);
        return ChangeOrderView.of(order);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChangeOrderView> list(String jobNumber, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        ListQuery query = ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber);
        return ListQuery.page(ChangeOrder.<ChangeOrder>find(query.where(), query.sort(page), query.parameters()), page)
                .map(ChangeOrderView::of);
    }

    private ChangeOrder lockVisible(UUID id) {
        ChangeOrder order = ChangeOrder.<ChangeOrder>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Change order", id));
        access.requireVisible(order.clientId, "Change order", id);
        return order;
    }

    private ChangeOrder persist(JobBudget budget, ChangeOrderOrigin origin, Integer round, String reason,
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
        order.createdAt = clock.now();
        order.persist();
        return order;
    }
}
