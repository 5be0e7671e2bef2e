package agency.suits.billing.book;

import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** billing-service's part of the book: each account's open budgets and what it owes. */
@Schema(name = "BillingBook", description = "The open budgets and the receivables of each account of the caller's "
        + "book; an account with neither is left out", requiredProperties = {"accounts"})
public record BookMoney(List<Account> accounts) {

    @Schema(name = "BookMoney", description = "One account's money. Amounts in different currencies are never "
            + "added up: one entry per currency.")
    public record Account(UUID clientId,
                          @Schema(description = "The open budgets (not closed by a withdrawn brief), per currency")
                          List<Burn> budgets,
                          @Schema(description = "Open jobs whose actuals and committed payables are over the budget")
                          int jobsOverBudget,
                          @Schema(description = "What is outstanding on issued invoices, per currency")
                          List<Receivable> receivables) {
    }

    @Schema(name = "BookBudgetBurn")
    public record Burn(String currency, MoneyJson budget,
                       @Schema(description = "actuals + committed payables, what the burn alerts count")
                       MoneyJson spent,
                       @Schema(type = SchemaType.STRING, examples = "81.25", nullable = true,
                               description = "spent as a percentage of the budget, half-even to 2 decimals; null "
                                       + "for a zero budget")
                       String burnPercent,
                       @Schema(description = "The job that has burnt the largest share of its budget")
                       String mostBurntJob,
                       @Schema(type = SchemaType.STRING, examples = "97.50", nullable = true,
                               description = "That job's burn percentage; null for a zero budget")
                       String mostBurntPercent) {
    }

    @Schema(name = "BookReceivable")
    public record Receivable(String currency, MoneyJson outstanding,
                             @Schema(description = "The part of it on invoices past their due day")
                             MoneyJson overdue,
                             @Schema(description = "Days the oldest overdue invoice is past its due day; 0 when "
                                     + "nothing is overdue")
                             long mostDaysOverdue) {
    }
}
