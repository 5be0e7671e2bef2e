package agency.suits.billing.estimate;

import agency.suits.billing.ListQuery;
import agency.suits.billing.ListSorting;
import agency.suits.billing.access.ApprovalRules;
import agency.suits.billing.budget.BudgetChanges;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgets;
import agency.suits.domain.money.Amount;
import agency.suits.billing.ratecard.RateCard;
import agency.suits.billing.ratecard.RateCards;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.security.CurrentStaff;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.domain.WrongState;
import agency.suits.domain.Violation;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class Estimates {

    private final JobBudgets budgets;
    private final BudgetChanges budgetChanges;
    private final RateCards rateCards;
    private final Outbox outbox;

    Estimates(JobBudgets budgets, BudgetChanges budgetChanges, RateCards rateCards, Outbox outbox) {
        this.budgets = budgets;
        this.budgetChanges = budgetChanges;
        this.rateCards = rateCards;
        this.outbox = outbox;
    }

    /** A new version of the job's estimate, every line priced here: role hours at the rate card, vendor costs as given. */
    public Estimate create(EstimateBodies.NewEstimate body, UUID author) {
        // the budget lock numbers versions one after the other
        JobBudget budget = budgets.lock(body.jobNumber());
        LocalDate pricedOn = body.pricedOn() == null ? LocalDate.now(ZoneOffset.UTC) : body.pricedOn();
        Estimate estimate = new Estimate();
        estimate.id = UUID.randomUUID();
        estimate.jobNumber = budget.jobNumber;
        estimate.clientId = budget.clientId;
        estimate.estimateVersion = nextVersion(budget.jobNumber);
        estimate.status = EstimateStatus.DRAFT;
        estimate.currency = budget.currency;
        estimate.total = Amount.zero(budget.currency).value();
        estimate.createdBy = author;
        estimate.createdAt = Instant.now();
        for (int i = 0; i < body.lines().size(); i++) {
            estimate.add(price(body.lines().get(i), "lines[" + i + "]", budget, pricedOn));
        }
        estimate.persist();
        return estimate;
    }

    /** A supervisor or director other than the author approves: the total becomes the job's budget. */
    public Estimate approve(UUID id, String ifMatch, CurrentStaff approver) {
        Estimate estimate = lock(id);
        IfMatch.required(ifMatch).verify(estimate.version);
        ApprovalRules.requireSupervisorApproval(approver.roles(), approver.id(), estimate.createdBy, "an estimate");
        if (estimate.status != EstimateStatus.DRAFT) {
            throw new WrongState("Estimate " + id + " is " + estimate.status + "; only a draft is approved");
        }
        Estimate.update("status = ?1 where jobNumber = ?2 and status = ?3", EstimateStatus.SUPERSEDED,
                estimate.jobNumber, EstimateStatus.APPROVED);
        estimate.status = EstimateStatus.APPROVED;
        estimate.approvedBy = approver.id();
        estimate.approvedAt = Instant.now();
        budgetChanges.replaceWithEstimate(estimate.jobNumber, estimate.totalAmount());
        outbox.record(new EstimateApproved(estimate.id, estimate.estimateVersion, estimate.jobNumber,
                estimate.clientId, estimate.totalAmount().toWire(), estimate.approvedBy, estimate.approvedAt));
        return estimate;
    }

    /** Records the client's sign-off on an approved estimate: who on their side, when, and who recorded it. */
    public Estimate recordClientApproval(UUID id, String ifMatch, EstimateBodies.ClientApproval body, UUID recordedBy) {
        Estimate estimate = lock(id);
        IfMatch.required(ifMatch).verify(estimate.version);
        if (estimate.status != EstimateStatus.APPROVED) {
            throw new WrongState("Estimate " + id + " is " + estimate.status
                    + "; the client signs off an estimate the agency approved");
        }
        if (estimate.clientApprover != null) {
            throw new WrongState("The client's approval of estimate " + id + " is recorded already");
        }
        estimate.clientApprover = body.approvedBy();
        estimate.clientApprovedOn = body.approvedOn();
        estimate.clientApprovalRecordedBy = recordedBy;
        estimate.clientApprovalRecordedAt = Instant.now();
        return estimate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Estimate get(UUID id) {
        return Estimate.<Estimate>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Estimate", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Estimate> list(ListQuery query, PageRequest request) {
        return ListQuery.page(Estimate.find(query.where(), ListSorting.of(request), query.parameters()), request);
    }

    private Estimate lock(UUID id) {
        return Estimate.<Estimate>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundProblem.of("Estimate", id));
    }

    private EstimateLine price(EstimateBodies.Line body, String field, JobBudget budget, LocalDate pricedOn) {
        EstimateLine line = new EstimateLine();
        line.id = UUID.randomUUID();
        line.kind = body.kind();
        line.description = body.description();
        if (body.kind() == LineKind.ROLE_HOURS) {
            if (body.role() == null || body.hours() == null || body.vendorName() != null || body.cost() != null) {
                throw invalid(field, "a ROLE_HOURS line has a role and hours, and no vendorName or cost");
            }
            BigDecimal hours = new BigDecimal(body.hours()).setScale(2, java.math.RoundingMode.UNNECESSARY);
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
            line.amount = card.rate().times(hours).value();
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
