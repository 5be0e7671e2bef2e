package agency.suits.billing.estimate;

import agency.suits.domain.money.Amount;
import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import agency.suits.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An estimate version; the approval and the client's approval fields are absent until each happens. */
@Schema(name = "Estimate")
public record EstimateView(UUID id, String jobNumber, UUID clientId, int estimateVersion, EstimateStatus status,
                           List<LineView> lines,
                           @Schema(description = "Sum of the lines, computed by the server") MoneyJson total,
                           UUID createdBy, Instant createdAt,
                           @Schema(nullable = true) UUID approvedBy,
                           @Schema(nullable = true) Instant approvedAt,
                           @Schema(nullable = true) String clientApprover,
                           @Schema(nullable = true) LocalDate clientApprovedOn,
                           @Schema(nullable = true) UUID clientApprovalRecordedBy,
                           @Schema(nullable = true) Instant clientApprovalRecordedAt,
                           long version) implements Identified {

    /** A ROLE_HOURS line has role, hours and rate; a VENDOR_COST line has vendorName. */
    @Schema(name = "EstimateLine")
    public record LineView(int position, LineKind kind, String description,
                           @Schema(nullable = true) Role role,
                           @Schema(nullable = true) String hours,
                           @Schema(nullable = true) MoneyJson rate,
                           @Schema(nullable = true) String vendorName,
                           @Schema(description = "hours x rate half-even to minor units, or the vendor cost")
                           MoneyJson amount) {
    }

    static EstimateView of(Estimate estimate) {
        return new EstimateView(estimate.id, estimate.jobNumber, estimate.clientId, estimate.estimateVersion,
                estimate.status, estimate.lines.stream().map(line -> new LineView(line.position, line.kind,
                        line.description, line.role, line.hours == null ? null : line.hours.toPlainString(),
                        line.rate == null ? null : MoneyJson.of(Amount.of(line.rate, estimate.currency)),
                        line.vendorName, MoneyJson.of(Amount.of(line.amount, estimate.currency)))).toList(),
                MoneyJson.of(estimate.totalAmount()), estimate.createdBy, estimate.createdAt, estimate.approvedBy,
                estimate.approvedAt, estimate.clientApprover, estimate.clientApprovedOn,
                estimate.clientApprovalRecordedBy, estimate.clientApprovalRecordedAt, estimate.version);
    }
}
