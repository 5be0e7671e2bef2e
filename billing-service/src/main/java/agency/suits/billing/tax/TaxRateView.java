package agency.suits.billing.tax;

import agency.suits.web.Identified;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "TaxRate")
public record TaxRateView(UUID id, String country, TaxCategory category,
                          @Schema(type = SchemaType.STRING, examples = "19.00") String percent,
                          LocalDate effectiveFrom,
                          @Schema(nullable = true, description = "Last day it applies (inclusive); none for until "
                                  + "further notice")
                          LocalDate effectiveTo,
                          UUID createdBy, Instant createdAt, long version) implements Identified {

    static TaxRateView of(TaxRate rate) {
        return new TaxRateView(rate.id, rate.country, rate.category, rate.percent.toPlainString(),
                rate.effectiveFrom, rate.effectiveTo, rate.createdBy, rate.createdAt, rate.version);
    }
}
