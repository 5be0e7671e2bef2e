package agency.suits.clients.opportunity;

import agency.suits.clients.client.ClientAccess;
import agency.suits.clients.client.ClientPermission;
import agency.suits.web.IfMatch;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class OpportunityService {

    private final ClientAccess access;

    OpportunityService(ClientAccess access) {
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpportunityView> list(UUID clientId, OpportunityStage stage) {
        access.visible(clientId);
        List<Opportunity> found = stage == null
                ? Opportunity.list("clientId = ?1 order by createdAt, id", clientId)
                : Opportunity.list("clientId = ?1 and stage = ?2 order by createdAt, id", clientId, stage);
        return found.stream().map(OpportunityView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OpportunityView get(UUID clientId, UUID opportunityId) {
        access.visible(clientId);
        return OpportunityView.of(find(clientId, opportunityId));
    }

    public OpportunityView open(UUID clientId, OpportunityDetails details) {
        access.changeable(clientId, ClientPermission.PURSUE_OPPORTUNITIES);
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.clientId = clientId;
        opportunity.ownerId = access.staffId();
        opportunity.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        opportunity.stage = details.stage() == null ? OpportunityStage.IDENTIFIED : details.stage();
        apply(opportunity, details);
        opportunity.persistAndFlush();
        return OpportunityView.of(opportunity);
    }

    public OpportunityView replace(UUID clientId, UUID opportunityId, IfMatch ifMatch, OpportunityDetails details) {
        access.changeable(clientId, ClientPermission.PURSUE_OPPORTUNITIES);
        Opportunity opportunity = find(clientId, opportunityId);
        ifMatch.verify(opportunity.version);
        if (details.stage() != null) {
            opportunity.stage.requireMoveTo(details.stage());
            opportunity.stage = details.stage();
        }
        apply(opportunity, details);
        opportunity.flush();
        return OpportunityView.of(opportunity);
    }

    private static void apply(Opportunity opportunity, OpportunityDetails details) {
        opportunity.title = details.title().strip();
        opportunity.description = details.description() == null || details.description().isBlank() ? null
                : details.description().strip();
        opportunity.estimatedValue(details.estimatedValue());
        opportunity.expectedCloseOn = details.expectedCloseOn();
        opportunity.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Opportunity find(UUID clientId, UUID opportunityId) {
        return Opportunity.<Opportunity>find("id = ?1 and clientId = ?2", opportunityId, clientId)
                .firstResultOptional().orElseThrow(() -> NotFoundProblem.of("Opportunity", opportunityId));
    }
}
