package agency.suits.billing.margin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ClientMargin", description = "What a client earns: one total per currency its jobs (or retainer) "
        + "are billed in, and each job's margin. Net of tax.")
public record ClientMarginView(UUID clientId,
                               @Schema(description = "One per currency, by currency code") List<MarginTotal> totals,
                               @Schema(description = "Each job of the client, by job number")
                               List<JobMarginView> jobs) {
}
