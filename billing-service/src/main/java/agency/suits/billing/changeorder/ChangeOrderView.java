package agency.suits.billing.changeorder;

import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ChangeOrder")
public record ChangeOrderView(UUID id, String jobNumber, UUID clientId, ChangeOrderOrigin origin, Integer round,
                              String reason,
                              @Schema(description = "The difference added to the budget once approved")
                              MoneyJson amount,
                              ChangeOrderStatus status, UUID createdBy, Instant createdAt, UUID approvedBy,
                              Instant approvedAt, long version) {

    static ChangeOrderView of(ChangeOrder order) {
        return new ChangeOrderView(order.id, order.jobNumber, order.clientId, order.origin, order.round,
                order.reason, MoneyJson.of(order.difference()), order.status, order.createdBy, order.createdAt,
                order.approvedBy, order.approvedAt, order.version);
    }
}
