package agency.suits.billing.budget;

import agency.suits.domain.money.Amount;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "BudgetMovement")
public record BudgetMovementView(UUID id, String jobNumber, BudgetMovementKind kind,
                                 @Schema(description = "The difference it made; negative when an estimate came in "
                                         + "below the figure before it") MoneyJson amount,
                                 MoneyJson budgetAfter,
                                 @Schema(nullable = true, description = "The estimate or change order") UUID sourceId,
                                 String reason,
                                 @Schema(nullable = true, description = "None when an event moved it") UUID movedBy,
                                 Instant movedAt) {

    static BudgetMovementView of(BudgetMovement movement) {
        return new BudgetMovementView(movement.id, movement.jobNumber, movement.kind,
                MoneyJson.of(Amount.of(movement.amount, movement.currency)),
                MoneyJson.of(Amount.of(movement.budgetAfter, movement.currency)), movement.sourceId,
                movement.reason, movement.movedBy, movement.movedAt);
    }
}
