package agency.suits.billing.budget;

import agency.suits.web.Versioned;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
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
        @Schema(type = SchemaType.STRING, examples = "81.25", nullable = true,
                description = "actuals as a percentage of the budget, half-even to 2 decimals; null for a zero budget")
        String burnPercent,
        Instant updatedAt,
        long version) implements Versioned {

    public static BudgetView of(JobBudget budget) {
        var burn = budget.actualsAmount().percentOf(budget.budgetAmount());
        return new BudgetView(budget.jobNumber, budget.clientId, budget.basis, MoneyJson.of(budget.budgetAmount()),
                MoneyJson.of(budget.actualsAmount()), MoneyJson.of(budget.committedAmount()),
                MoneyJson.of(budget.remaining()), burn == null ? null : burn.toPlainString(), budget.updatedAt,
                budget.version);
    }
}
