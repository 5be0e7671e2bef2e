package agency.suits.billing.budget;

import agency.suits.web.Versioned;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "JobBudget", description = "A job's budget against what has been spent (actuals) and promised to "
        + "vendors (committed: approved payables). All figures in the budget's currency.")
public record BudgetView(
        String jobNumber,
        UUID clientId,
        BudgetBasis basis,
        MoneyJson budget,
        MoneyJson actuals,
        MoneyJson committed,
        @Schema(description = "budget - actuals - committed; negative when overspent")
        MoneyJson remaining,
        @Schema(description = "actuals + committed: what the burn alerts count against the budget")
        MoneyJson spent,
        @Schema(type = SchemaType.STRING, examples = "81.25", nullable = true,
                description = "actuals + committed as a percentage of the budget (what the burn alerts count), "
                        + "half-even to 2 decimals; null for a zero budget")
        String burnPercent,
        @Schema(description = "Whether actuals + committed are over the budget now")
        boolean overBudget,
        @Schema(description = "actuals + committed - budget; zero while within it")
        MoneyJson overBy,
        @Schema(description = "Every booking accepted beyond the budget, oldest first")
        List<BudgetOverrunView> overBudgetBookings,
        @Schema(description = "Whether the brief is withdrawn: nothing new is booked (time, costs, payables, "
                + "estimate and change-order approvals, 409) until it is submitted again; what was booked stays "
                + "billable")
        boolean closed,
        @Schema(nullable = true, description = "When the brief was withdrawn; null while open")
        Instant closedAt,
        @Schema(nullable = true, description = "The reason given for the withdrawal; null while open")
        String closedReason,
        Instant updatedAt,
        long version) implements Versioned {

    /** The view with the bookings beyond the budget, which are read for one job at a time. */
    public static BudgetView of(JobBudget budget, List<BudgetOverrun> overruns) {
        var burn = budget.spent().percentOf(budget.budgetAmount());
        return new BudgetView(budget.jobNumber, budget.clientId, budget.basis, MoneyJson.of(budget.budgetAmount()),
                MoneyJson.of(budget.actualsAmount()), MoneyJson.of(budget.committedAmount()),
                MoneyJson.of(budget.remaining()), MoneyJson.of(budget.spent()),
                burn == null ? null : burn.toPlainString(),
                budget.overBy().isPositive(), MoneyJson.of(budget.overBy()),
                overruns.stream().map(BudgetOverrunView::of).toList(), budget.closed(), budget.closedAt,
                budget.closedReason, budget.updatedAt, budget.version);
    }

    public static BudgetView of(JobBudget budget) {
        return of(budget, BudgetOverrun.ofJob(budget.jobNumber));
    }
}
