package agency.suits.clients.opportunity;

import agency.suits.web.money.MoneyJson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record OpportunityView(UUID id, UUID clientId, String title, String description, OpportunityStage stage,
                              List<OpportunityStage> allowedStages, MoneyJson estimatedValue, LocalDate expectedCloseOn,
                              UUID ownerId, Instant createdAt, Instant updatedAt, long version) {

    static OpportunityView of(Opportunity o) {
        return new OpportunityView(o.id, o.clientId, o.title, o.description, o.stage, o.stage.next(),
                MoneyJson.of(o.estimatedValue()), o.expectedCloseOn, o.ownerId, o.createdAt, o.updatedAt, o.version);
    }
}
