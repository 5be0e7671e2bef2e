package agency.suits.billing.tax;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "TaxTreatment")
public record TaxTreatmentView(UUID id, UUID clientId, String country, TaxTreatment treatment,
                               @Schema(nullable = true) String vatId, LocalDate effectiveFrom,
                               UUID recordedBy, Instant recordedAt) {

    static TaxTreatmentView of(ClientTaxTreatment treatment) {
        return new TaxTreatmentView(treatment.id, treatment.clientId, treatment.country, treatment.treatment,
                treatment.vatId, treatment.effectiveFrom, treatment.recordedBy, treatment.recordedAt);
    }
}
