package agency.suits.clients.opportunity;

import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An opportunity; one opened without a description or an expected close date leaves them out. */
public record OpportunityView(UUID id, UUID clientId, String title, @Schema(nullable = true) String description,
                              OpportunityStage stage, List<OpportunityStage> allowedStages, MoneyJson estimatedValue,
                              @Schema(nullable = true) LocalDate expectedCloseOn, UUID ownerId, Instant createdAt,
                              Instant updatedAt, long version) implements Identified {

    static OpportunityView of(Opportunity o) {
        return new OpportunityView(o.id, o.clientId, o.title, o.description, o.stage, o.stage.next(),
                MoneyJson.of(o.estimatedValue()), o.expectedCloseOn, o.ownerId, o.createdAt, o.updatedAt, o.version);
    }
}
