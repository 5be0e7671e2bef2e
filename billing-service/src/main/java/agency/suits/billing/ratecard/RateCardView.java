package agency.suits.billing.ratecard;

import agency.suits.domain.money.Amount;
import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import agency.suits.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RateCard")
public record RateCardView(UUID id, Role role,
                           @Schema(nullable = true, description = "The client it overrides the agency default for; "
                                   + "none for the agency default")
                           UUID clientId,
                           MoneyJson hourlyRate, LocalDate effectiveFrom,
                           @Schema(nullable = true, description = "Last day it applies (inclusive); none for until "
                                   + "further notice")
                           LocalDate effectiveTo,
                           UUID createdBy, Instant createdAt, long version,
                           @Schema(nullable = true, description = "What an hour costs the agency; only for "
                                   + "supervisors, directors and finance, and only when set")
                           MoneyJson costRate) implements Identified {

    static RateCardView of(RateCard card, boolean showCost) {
        return new RateCardView(card.id, card.role, card.clientId, MoneyJson.of(card.rate()), card.effectiveFrom,
                card.effectiveTo, card.createdBy, card.createdAt, card.version,
                showCost && card.costRate != null ? MoneyJson.of(Amount.of(card.costRate, card.currency)) : null);
    }
}
