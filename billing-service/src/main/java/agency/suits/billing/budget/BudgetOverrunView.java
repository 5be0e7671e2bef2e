package agency.suits.billing.budget;

import agency.suits.domain.money.Amount;
import agency.suits.events.billing.BookingKind;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "BudgetOverrun", description = "A booking accepted beyond the job's budget")
public record BudgetOverrunView(
        BookingKind bookingKind,
        @Schema(description = "The time entry, cost entry or payable (approved) that was booked")
        UUID bookingId,
        MoneyJson amount,
        @Schema(description = "The part of the booking beyond the budget")
        MoneyJson overBy,
        @Schema(description = "Actuals plus committed after the booking")
        MoneyJson spentAfter,
        MoneyJson budget,
        @Schema(description = "True for the booking that crossed the budget (announced as BudgetExceeded)")
        boolean announced,
        Instant bookedAt) {

    static BudgetOverrunView of(BudgetOverrun overrun) {
        return new BudgetOverrunView(overrun.bookingKind, overrun.bookingId,
                MoneyJson.of(Amount.of(overrun.amount, overrun.currency)), MoneyJson.of(overrun.overByAmount()),
                MoneyJson.of(Amount.of(overrun.spentAfter, overrun.currency)),
                MoneyJson.of(Amount.of(overrun.budget, overrun.currency)), overrun.announced, overrun.bookedAt);
    }
}
