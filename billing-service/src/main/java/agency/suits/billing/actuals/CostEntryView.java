package agency.suits.billing.actuals;

import agency.suits.billing.tax.TaxCategory;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "CostEntry")
public record CostEntryView(UUID id, String jobNumber, UUID clientId, String vendorName, String description,
                            MoneyJson amount, LocalDate incurredOn, TaxCategory taxCategory, UUID recordedBy,
                            Instant recordedAt,
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

    static CostEntryView of(CostEntry entry) {
        return new CostEntryView(entry.id, entry.jobNumber, entry.clientId, entry.vendorName, entry.description,
                MoneyJson.of(entry.value()), entry.incurredOn, entry.taxCategory, entry.recordedBy, entry.recordedAt,
                entry.overBudgetBy != null, entry.overBudgetByJson(), entry.reversesId, entry.reversedById,
                entry.reversalReason);
    }
}
