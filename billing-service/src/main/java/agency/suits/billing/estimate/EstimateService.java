package agency.suits.billing.estimate;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.MoneyColumn;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgetService;
import agency.suits.billing.ratecard.RateCard;
import agency.suits.billing.ratecard.RateCardService;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.messaging.outbox.Outbox;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Versioned estimates of a job, priced by the server; the approved one becomes the job's budget. */
@ApplicationScoped
@Transactional
public class EstimateService {

    @Inject JobBudgetService budgets;
    @Inject RateCardService rateCards;
    @Inject AccountAccess access;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    /** The job's next estimate version, every line priced here: role hours at the rate card, vendor costs as given. */
    public EstimateView create(NewEstimate body) {
        access.require(BillingPermission.SEE_MONEY);
        budgets.requireVisible(body.jobNumber());
        // the budget lock numbers versions one after the other
        JobBudget budget = budgets.lock(body.jobNumber());
        LocalDate pricedOn = body.pricedOn() == null ? clock.today() : body.pricedOn();
        Estimate estimate = new Estimate();
        estimate.id = UUID.randomUUID();
        estimate.jobNumber = budget.jobNumber;
        estimate.clientId = budget.clientId;
        estimate.estimateVersion = nextVersion(budget.jobNumber);
        estimate.status = EstimateStatus.DRAFT;
        estimate.currency = budget.currency;
        estimate.total = Amount.zero(budget.currency).value();
        estimate.createdBy = access.staffId();
        estimate.createdAt = clock.now();
        for (int i = 0; i < body.lines().size(); i++) {
            estimate.add(price(body.lines().get(i), "lines[" + i + "]", budget, pricedOn));
        }
        estimate.persist();
        return EstimateView.of(estimate);
    }

    /** A supervisor or director other than the author approves: the total becomes the job's budget. */
    public EstimateView approve(UUID id, IfMatch ifMatch) {
        access.require(BillingPermission.SEE_MONEY);
        Estimate estimate = lockVisible(id);
        access.require(BillingPermission.APPROVE_ESTIMATES);
        ifMatch.verify(estimate.version);
        SegregationOfDuties.requireNotCreator(access.staffId(), estimate.createdBy, "an estimate");
        if (estimate.status != EstimateStatus.DRAFT) {
            throw new WrongState("Estimate " + id + " is " + estimate.status + "; only a draft is approved");
        }
        Estimate.update("status = ?1 where jobNumber = ?2 and status = ?3", EstimateStatus.SUPERSEDED,
                estimate.jobNumber, EstimateStatus.APPROVED);
        estimate.status = EstimateStatus.APPROVED;
        estimate.approvedBy = access.staffId();
        estimate.approvedAt = clock.now();
        budgets.replaceWithEstimate(estimate.jobNumber, estimate.totalAmount(), estimate.id,
                estimate.estimateVersion);
        outbox.record(new EstimateApproved(estimate.id, estimate.estimateVersion, estimate.jobNumber,
                estimate.clientId, estimate.totalAmount().toWire(), estimate.approvedBy, estimate.approvedAt));
        // written now, so that the view carries the version (the ETag) this change gives it
        Estimate.flush();
        return EstimateView.of(estimate);
    }

    /** Records the client's sign-off on an approved estimate: who on their side, when, and who recorded it. */
    public EstimateView recordClientApproval(UUID id, IfMatch ifMatch, ClientApproval body) {
        access.require(BillingPermission.SEE_MONEY);
        Estimate estimate = lockVisible(id);
        ifMatch.verify(estimate.version);
        if (estimate.status != EstimateStatus.APPROVED) {
            throw new WrongState("Estimate " + id + " is " + estimate.status
                    + "; the client signs off an estimate the agency approved");
        }
        if (estimate.clientApprover != null) {
            throw new WrongState("The client's approval of estimate " + id + " is recorded already");
        }
        estimate.clientApprover = body.approvedBy();
        estimate.clientApprovedOn = body.approvedOn();
        estimate.clientApprovalRecordedBy = access.staffId();
        estimate.clientApprovalRecordedAt = clock.now();
        // written now, so that the view carries the version (the ETag) this change gives it
        Estimate.flush();
        return EstimateView.of(estimate);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EstimateView get(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        Estimate estimate = Estimate.<Estimate>findByIdOptional(id)
                .orElseThrow(() -> NotFoundProblem.of("Estimate", id));
        access.requireVisible(estimate.clientId, "Estimate", id);
        return EstimateView.of(estimate);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EstimateView> list(String jobNumber, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        ListQuery query = ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber);
        return ListQuery.page(Estimate.<Estimate>find(query.where(), query.sort(page), query.parameters()), page)
                .map(EstimateView::of);
    }

    private Estimate lockVisible(UUID id) {
        Estimate estimate = Estimate.<Estimate>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Estimate", id));
        access.requireVisible(estimate.clientId, "Estimate", id);
        return estimate;
    }

    private EstimateLine price(NewEstimate.Line body, String field, JobBudget budget, LocalDate pricedOn) {
        EstimateLine line = new EstimateLine();
        line.id = UUID.randomUUID();
        line.kind = body.kind();
        line.description = body.description();
        if (body.kind() == LineKind.ROLE_HOURS) {
            if (body.role() == null || body.hours() == null || body.vendorName() != null || body.cost() != null) {
                throw invalid(field, "a ROLE_HOURS line has a role and hours, and no vendorName or cost");
            }
            BigDecimal hours = new BigDecimal(body.hours()).setScale(2, RoundingMode.UNNECESSARY);
            if (hours.signum() <= 0) {
                throw invalid(field + ".hours", "must be more than zero");
            }
            RateCard card = rateCards.applicable(body.role(), budget.clientId, pricedOn)
                    .orElseThrow(() -> invalid(field + ".role", "no rate card prices " + body.role() + " on "
                            + pricedOn));
            budget.budgetAmount().requireSameCurrency(card.rate());
            line.role = body.role();
            line.hours = hours;
            line.rate = card.hourlyRate;
            line.amount = MoneyColumn.require(card.rate().times(hours), field + " (hours x rate)").value();
        } else {
            if (body.vendorName() == null || body.vendorName().isBlank() || body.cost() == null
                    || body.role() != null || body.hours() != null) {
                throw invalid(field, "a VENDOR_COST line has a vendorName and a cost, and no role or hours");
            }
            Amount cost = body.cost().toAmount();
            budget.budgetAmount().requireSameCurrency(cost);
            if (!cost.isPositive()) {
                throw invalid(field + ".cost", "must be more than zero");
            }
            line.vendorName = body.vendorName();
            line.amount = cost.value();
        }
        return line;
    }

    private static RuleBroken invalid(String field, String message) {
        return new RuleBroken("An estimate line is not priceable: " + field + " " + message,
                List.of(new Violation(field, message)));
    }

    private static int nextVersion(String jobNumber) {
        Integer highest = Estimate.getEntityManager()
                .createQuery("select max(e.estimateVersion) from Estimate e where e.jobNumber = :job", Integer.class)
                .setParameter("job", jobNumber).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }
}
