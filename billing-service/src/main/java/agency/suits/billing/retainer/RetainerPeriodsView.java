package agency.suits.billing.retainer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "RetainerPeriods", description = "A client's retainer periods that have started, each with its hours "
        + "used against the fee")
public record RetainerPeriodsView(UUID clientId,
                                  @Schema(description = "By contract start, then period start")
                                  List<RetainerPeriodView> periods) {
}
