package agency.suits.billing.actuals;

import agency.suits.web.money.MoneyJson;
import agency.suits.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Response bodies of time and cost entries. */
public final class ActualViews {

    private ActualViews() {
    }

    @Schema(name = "TimeEntry")
    public record TimeEntryView(UUID id, String jobNumber, UUID clientId, UUID personId, Role role,
                                LocalDate workDate, String hours, UUID rateCardId, MoneyJson hourlyRate,
                                @Schema(description = "hours x hourly rate, half-even to the currency's minor units")
                                MoneyJson value, UUID recordedBy, Instant recordedAt) {

        static TimeEntryView of(TimeEntry entry) {
            return new TimeEntryView(entry.id, entry.jobNumber, entry.clientId, entry.personId, entry.role,
                    entry.workDate, entry.hours.toPlainString(), entry.rateCardId, MoneyJson.of(entry.rate()),
                    MoneyJson.of(entry.value()), entry.recordedBy, entry.recordedAt);
        }
    }

    @Schema(name = "CostEntry")
    public record CostEntryView(UUID id, String jobNumber, UUID clientId, String vendorName, String description,
                                MoneyJson amount, LocalDate incurredOn, UUID recordedBy, Instant recordedAt) {

        static CostEntryView of(CostEntry entry) {
            return new CostEntryView(entry.id, entry.jobNumber, entry.clientId, entry.vendorName, entry.description,
                    MoneyJson.of(entry.value()), entry.incurredOn, entry.recordedBy, entry.recordedAt);
        }
    }
}
