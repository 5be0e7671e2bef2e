package agency.suits.billing.changeorder;

import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ChangeOrder")
public record ChangeOrderView(UUID id, String jobNumber, UUID clientId, ChangeOrderOrigin origin,
                              @Schema(nullable = true, description = "REVISION_LIMIT only: the round beyond the "
                                      + "contract")
                              Integer round,
                              String reason,
                              @Schema(description = "The difference added to the budget once approved")
                              MoneyJson amount,
                              ChangeOrderStatus status,
                              @Schema(nullable = true, description = "None when the revision-round rule drafted it")
                              UUID createdBy,
                              Instant createdAt,
                              @Schema(nullable = true) UUID approvedBy,
                              @Schema(nullable = true) Instant approvedAt,
                              long version) implements Identified {

    static ChangeOrderView of(ChangeOrder order) {
        return new ChangeOrderView(order.id, order.jobNumber, order.clientId, order.origin, order.round,
                order.reason, MoneyJson.of(order.difference()), order.status, order.createdBy, order.createdAt,
                order.approvedBy, order.approvedAt, order.version);
    }
}
