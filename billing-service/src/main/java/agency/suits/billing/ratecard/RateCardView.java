package agency.suits.billing.ratecard;

import agency.suits.web.money.MoneyJson;
import agency.suits.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RateCard")
public record RateCardView(UUID id, Role role, UUID clientId, MoneyJson hourlyRate, LocalDate effectiveFrom,
                           LocalDate effectiveTo, UUID createdBy, Instant createdAt, long version) {

    static RateCardView of(RateCard card) {
        return new RateCardView(card.id, card.role, card.clientId, MoneyJson.of(card.rate()), card.effectiveFrom,
                card.effectiveTo, card.createdBy, card.createdAt, card.version);
    }
}
