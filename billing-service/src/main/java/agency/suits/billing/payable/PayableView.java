package agency.suits.billing.payable;

import agency.suits.events.billing.ApprovalLevel;
import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Payable")
public record PayableView(UUID id, String jobNumber, UUID clientId, String vendorName, String description,
                          MoneyJson amount, PayableStatus status,
                          @Schema(description = "The level its amount requires: SUPERVISOR up to the currency's "
                                  + "limit, else DIRECTOR")
                          ApprovalLevel requiredApproval, UUID createdBy, Instant createdAt,
                          @Schema(nullable = true) UUID approvedBy,
                          @Schema(nullable = true) Instant approvedAt,
                          @Schema(nullable = true) UUID releasedBy,
                          @Schema(nullable = true) Instant releasedAt,
                          @Schema(description = "Whether its approval committed it beyond the job's budget "
                                  + "(accepted, and flagged)")
                          boolean overBudget,
                          @Schema(nullable = true, description = "The part of it beyond the budget")
                          MoneyJson overBudgetBy,
                          long version) implements Identified {

    static PayableView of(Payable payable, ApprovalLevel required) {
        return new PayableView(payable.id, payable.jobNumber, payable.clientId, payable.vendorName,
                payable.description, MoneyJson.of(payable.value()), payable.status, required, payable.createdBy,
                payable.createdAt, payable.approvedBy, payable.approvedAt, payable.releasedBy, payable.releasedAt,
                payable.overBudgetBy != null, payable.overBudgetByJson(), payable.version);
    }
}
