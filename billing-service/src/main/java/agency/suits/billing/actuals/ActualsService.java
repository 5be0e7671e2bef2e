package agency.suits.billing.actuals;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.MoneyColumn;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.budget.Booking;
import agency.suits.billing.budget.JobBudget;
import agency.suits.billing.budget.JobBudgetService;
import agency.suits.billing.ratecard.RateCard;
import agency.suits.billing.tax.TaxCategory;
import agency.suits.billing.ratecard.RateCardService;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.BookingKind;
import agency.suits.persistence.ListQuery;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * Time and cost entries: booked once against a job's budget, never edited, corrected while unbilled by a reversal;
 * the budget announces the burn thresholds an entry crosses. Anybody who sees money and the job books on it.
 */
@ApplicationScoped
@Transactional
public class ActualsService {

    @Inject JobBudgetService budgets;
    @Inject RateCardService rateCards;
    @Inject AccountAccess access;
    @Inject AgencyClock clock;

    /** Hours valued at the rate card of the work date: the client's own for the role, else the agency default. */
    public TimeEntryView recordTime(NewTimeEntry body) {
        access.require(BillingPermission.SEE_MONEY);
        JobBudget budget = budgets.requireVisible(body.jobNumber());
        BigDecimal hours = new BigDecimal(body.hours()).setScale(2, RoundingMode.UNNECESSARY);
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new RuleBroken("hours must be more than 0 and at most 24 in a day, was " + body.hours());
        }
        RateCard card = rateCards.applicable(body.role(), budget.clientId, body.workDate())
                .orElseThrow(() -> new RuleBroken("No rate card prices " + body.role() + " on "
                        + body.workDate() + " for this client or as the agency default"));
        Amount value = MoneyColumn.require(card.rate().times(hours), "the time entry (hours x rate)");
        TimeEntry entry = new TimeEntry();
        entry.id = UUID.randomUUID();
        entry.overBudgetBy = budgets.bookActual(budget.jobNumber, new Booking(BookingKind.TIME_ENTRY, entry.id, value))
                .map(Amount::value).orElse(null);
        entry.jobNumber = budget.jobNumber;
        entry.clientId = budget.clientId;
        entry.personId = body.personId();
        entry.role = body.role();
        entry.workDate = body.workDate();
        entry.hours = hours;
        entry.rateCardId = card.id;
        entry.hourlyRate = card.hourlyRate;
        entry.amount = value.value();
        if (card.costRate != null) {
            entry.costRate = card.costRate;
            entry.costAmount = MoneyColumn.require(Amount.of(card.costRate, card.currency).times(hours),
                    "the time entry's cost").value();
        }
        entry.currency = value.currency();
        entry.recordedBy = access.staffId();
        entry.recordedAt = clock.now();
        entry.persist();
        return TimeEntryView.of(entry);
    }

    public CostEntryView recordCost(NewCostEntry body) {
        access.require(BillingPermission.SEE_MONEY);
        JobBudget budget = budgets.requireVisible(body.jobNumber());
        Amount amount = body.amount().toAmount();
        if (!amount.isPositive()) {
            throw new RuleBroken("A cost is more than zero");
        }
        TaxCategory taxCategory = body.taxCategory() == null ? TaxCategory.STANDARD : body.taxCategory();
        if (!taxCategory.hasRate()) {
            throw new RuleBroken("A cost is taxed STANDARD or REDUCED; exempt and reverse charge are the client's "
                    + "treatment, not the cost's");
        }
        CostEntry entry = new CostEntry();
        entry.id = UUID.randomUUID();
        entry.overBudgetBy = budgets.bookActual(budget.jobNumber, new Booking(BookingKind.COST_ENTRY, entry.id,
                amount)).map(Amount::value).orElse(null);
        entry.jobNumber = budget.jobNumber;
        entry.clientId = budget.clientId;
        entry.vendorName = body.vendorName();
        entry.description = body.description();
        entry.amount = amount.value();
        entry.currency = amount.currency();
        entry.incurredOn = body.incurredOn();
        entry.taxCategory = taxCategory;
        entry.recordedBy = access.staffId();
        entry.recordedAt = clock.now();
        entry.persist();
        return CostEntryView.of(entry);
    }

    /**
     * Takes an unbilled time entry back with its opposite: the same person, role, date and rate, negative hours,
     * value and cost, booked against the budget (which it lowers) and never billed, like the entry it reverses.
     */
    public TimeEntryView reverseTime(UUID id, Reversal reversal) {
        access.require(BillingPermission.SEE_MONEY);
        TimeEntry original = visibleTime(id);
        // the budget lock orders this against an invoice draft picking the entry up
        budgets.lock(original.jobNumber);
        TimeEntry.getEntityManager().refresh(original);
        Reversals.requireReversible("Time entry", id, original.invoiceId, original.reversesId,
                original.reversedById);
        TimeEntry entry = new TimeEntry();
        entry.id = UUID.randomUUID();
        entry.jobNumber = original.jobNumber;
        entry.clientId = original.clientId;
        entry.personId = original.personId;
        entry.role = original.role;
        entry.workDate = original.workDate;
        entry.hours = original.hours.negate();
        entry.rateCardId = original.rateCardId;
        entry.hourlyRate = original.hourlyRate;
        entry.amount = original.amount.negate();
        entry.currency = original.currency;
        entry.costRate = original.costRate;
        entry.costAmount = original.costAmount == null ? null : original.costAmount.negate();
        entry.reversesId = original.id;
        entry.reversalReason = reversal.reason();
        entry.recordedBy = access.staffId();
        entry.recordedAt = clock.now();
        budgets.bookActual(entry.jobNumber, new Booking(BookingKind.TIME_ENTRY, entry.id, entry.value()));
        entry.persist();
        original.reversedById = entry.id;
        return TimeEntryView.of(entry);
    }

    /** Takes an unbilled cost entry back with its opposite, as {@link #reverseTime} does hours. */
    public CostEntryView reverseCost(UUID id, Reversal reversal) {
        access.require(BillingPermission.SEE_MONEY);
        CostEntry original = visibleCost(id);
        budgets.lock(original.jobNumber);
        CostEntry.getEntityManager().refresh(original);
        Reversals.requireReversible("Cost entry", id, original.invoiceId, original.reversesId,
                original.reversedById);
        CostEntry entry = new CostEntry();
        entry.id = UUID.randomUUID();
        entry.jobNumber = original.jobNumber;
        entry.clientId = original.clientId;
        entry.vendorName = original.vendorName;
        entry.description = original.description;
        entry.amount = original.amount.negate();
        entry.currency = original.currency;
        entry.incurredOn = original.incurredOn;
        entry.taxCategory = original.taxCategory;
        entry.reversesId = original.id;
        entry.reversalReason = reversal.reason();
        entry.recordedBy = access.staffId();
        entry.recordedAt = clock.now();
        budgets.bookActual(entry.jobNumber, new Booking(BookingKind.COST_ENTRY, entry.id, entry.value()));
        entry.persist();
        original.reversedById = entry.id;
        return CostEntryView.of(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeEntryView timeEntry(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        return TimeEntryView.of(visibleTime(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CostEntryView costEntry(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        return CostEntryView.of(visibleCost(id));
    }

    private TimeEntry visibleTime(UUID id) {
        return access.visible(TimeEntry.<TimeEntry>findByIdOptional(id), entry -> entry.clientId, "Time entry", id);
    }

    private CostEntry visibleCost(UUID id) {
        return access.visible(CostEntry.<CostEntry>findByIdOptional(id), entry -> entry.clientId, "Cost entry", id);
    }

    /** The entries of the clients the caller sees, optionally of one job. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TimeEntryView> timeEntries(String jobNumber, PageRequest page) {
        ListQuery query = visibleEntries(jobNumber);
        return ListQuery.page(TimeEntry.<TimeEntry>find(query.where(), query.sort(page), query.parameters()), page)
                .map(TimeEntryView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CostEntryView> costEntries(String jobNumber, PageRequest page) {
        ListQuery query = visibleEntries(jobNumber);
        return ListQuery.page(CostEntry.<CostEntry>find(query.where(), query.sort(page), query.parameters()), page)
                .map(CostEntryView::of);
    }

    private ListQuery visibleEntries(String jobNumber) {
        access.require(BillingPermission.SEE_MONEY);
        return ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber);
    }
}
