package agency.suits.billing.actuals;

import agency.suits.billing.ListQuery;
import agency.suits.billing.ListSorting;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgets;
import agency.suits.domain.money.Amount;
import agency.suits.billing.ratecard.RateCard;
import agency.suits.billing.ratecard.RateCards;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Books time and cost against job budgets; the budget announces the burn thresholds an entry crosses. */
@ApplicationScoped
@Transactional
public class Actuals {

    private final JobBudgets budgets;
    private final RateCards rateCards;

    Actuals(JobBudgets budgets, RateCards rateCards) {
        this.budgets = budgets;
        this.rateCards = rateCards;
    }

    public TimeEntry recordTime(TimeEntryBody body, UUID recordedBy) {
        BigDecimal hours = new BigDecimal(body.hours()).setScale(2, java.math.RoundingMode.UNNECESSARY);
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new RuleBroken("hours must be more than 0 and at most 24 in a day, was " + body.hours());
        }
        JobBudget budget = budgets.require(body.jobNumber());
        RateCard card = rateCards.applicable(body.role(), budget.clientId, body.workDate())
                .orElseThrow(() -> new RuleBroken("No rate card prices " + body.role() + " on "
                        + body.workDate() + " for this client or as the agency default"));
        Amount value = card.rate().times(hours);
        budgets.bookActual(body.jobNumber(), value);

        TimeEntry entry = new TimeEntry();
        entry.id = UUID.randomUUID();
        entry.jobNumber = budget.jobNumber;
        entry.clientId = budget.clientId;
        entry.personId = body.personId();
        entry.role = body.role();
        entry.workDate = body.workDate();
        entry.hours = hours;
        entry.rateCardId = card.id;
        entry.hourlyRate = card.hourlyRate;
        entry.amount = value.value();
        entry.currency = value.currency();
        entry.recordedBy = recordedBy;
        entry.recordedAt = Instant.now();
        entry.persist();
        return entry;
    }

    public CostEntry recordCost(CostEntryBody body, UUID recordedBy) {
        Amount amount = body.amount().toAmount();
        if (!amount.isPositive()) {
            throw new RuleBroken("A cost is more than zero");
        }
        JobBudget budget = budgets.bookActual(body.jobNumber(), amount);
        CostEntry entry = new CostEntry();
        entry.id = UUID.randomUUID();
        entry.jobNumber = budget.jobNumber;
        entry.clientId = budget.clientId;
        entry.vendorName = body.vendorName();
        entry.description = body.description();
        entry.amount = amount.value();
        entry.currency = amount.currency();
        entry.incurredOn = body.incurredOn();
        entry.recordedBy = recordedBy;
        entry.recordedAt = Instant.now();
        entry.persist();
        return entry;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeEntry timeEntry(UUID id) {
        return TimeEntry.<TimeEntry>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Time entry", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CostEntry costEntry(UUID id) {
        return CostEntry.<CostEntry>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Cost entry", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TimeEntry> timeEntries(ListQuery query, PageRequest request) {
        return ListQuery.page(TimeEntry.find(query.where(), ListSorting.of(request), query.parameters()), request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CostEntry> costEntries(ListQuery query, PageRequest request) {
        return ListQuery.page(CostEntry.find(query.where(), ListSorting.of(request), query.parameters()), request);
    }

}
