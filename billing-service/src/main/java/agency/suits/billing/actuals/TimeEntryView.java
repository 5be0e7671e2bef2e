package agency.suits.billing.actuals;

import agency.suits.security.Role;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "TimeEntry")
public record TimeEntryView(UUID id, String jobNumber, UUID clientId, UUID personId, Role role,
                            LocalDate workDate, String hours, UUID rateCardId, MoneyJson hourlyRate,
                            @Schema(description = "hours x hourly rate, half-even to the currency's minor units")
                            MoneyJson value, UUID recordedBy, Instant recordedAt,
                            @Schema(description = "Whether it was booked beyond the budget (accepted, flagged)")
                            boolean overBudget,
                            @Schema(nullable = true, description = "The part of it beyond the budget")
                            MoneyJson overBudgetBy,
                            @Schema(nullable = true, description = "For a reversal (negative figures): the entry it "
                                    + "takes back")
                            UUID reversesId,
                            @Schema(nullable = true, description = "For a reversed entry: its reversal; neither is "
                                    + "billed")
                            UUID reversedById,
                            @Schema(nullable = true, description = "Why it was reversed (on the reversal)")
                            String reversalReason) {

    static TimeEntryView of(TimeEntry entry) {
        return new TimeEntryView(entry.id, entry.jobNumber, entry.clientId, entry.personId, entry.role,
                entry.workDate, entry.hours.toPlainString(), entry.rateCardId, MoneyJson.of(entry.rate()),
                MoneyJson.of(entry.value()), entry.recordedBy, entry.recordedAt, entry.overBudgetBy != null,
                entry.overBudgetByJson(), entry.reversesId, entry.reversedById, entry.reversalReason);
    }
}
