package agency.suits.clients.opportunity;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.client.Clients;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class OpportunityService {

    @Inject ClientAccess access;
    @Inject Clients clients;
    @Inject AgencyClock clock;

    /** The client's opportunities, in one stage or (stage null) in any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpportunityView> list(UUID clientId, OpportunityStage stage, PageRequest page) {
        clients.visible(clientId);
        ListQuery query = ListQuery.everything().and("clientId", clientId).and("stage", stage);
        return ListQuery.page(Opportunity.<Opportunity>find(query.where(), query.sort(page), query.parameters()),
                page).map(OpportunityView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OpportunityView get(UUID clientId, UUID opportunityId) {
        clients.visible(clientId);
        return OpportunityView.of(find(clientId, opportunityId, LockModeType.NONE));
    }

    public OpportunityView open(UUID clientId, OpportunityDetails details) {
        clients.visible(clientId);
        access.require(ClientPermission.PURSUE_OPPORTUNITIES);
        Amount estimate = details.estimatedValue().toAmount();
        Instant now = clock.now();
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        opportunity.clientId = clientId;
        opportunity.ownerId = access.staffId();
        opportunity.createdAt = now;
        opportunity.stage = details.stage() == null ? OpportunityStage.IDENTIFIED : details.stage();
        apply(opportunity, details, estimate, now);
        opportunity.persistAndFlush();
        return OpportunityView.of(opportunity);
    }

    public OpportunityView replace(UUID clientId, UUID opportunityId, IfMatch ifMatch, OpportunityDetails details) {
        clients.visible(clientId);
        Opportunity opportunity = find(clientId, opportunityId, LockModeType.PESSIMISTIC_WRITE);
        access.require(ClientPermission.PURSUE_OPPORTUNITIES);
        ifMatch.verify(opportunity.version);
        OpportunityStage stage = details.stage() == null ? opportunity.stage : details.stage();
        opportunity.stage.requireMoveTo(stage);
        Amount estimate = details.estimatedValue().toAmount();
        opportunity.stage = stage;
        apply(opportunity, details, estimate, clock.now());
        opportunity.flush();
        return OpportunityView.of(opportunity);
    }

    private static void apply(Opportunity opportunity, OpportunityDetails details, Amount estimate, Instant now) {
        opportunity.title = details.title().strip();
        opportunity.description = details.description() == null || details.description().isBlank() ? null
                : details.description().strip();
        opportunity.estimatedValue(estimate);
        opportunity.expectedCloseOn = details.expectedCloseOn();
        opportunity.updatedAt = now;
    }

    private static Opportunity find(UUID clientId, UUID opportunityId, LockModeType lock) {
        return Opportunity.<Opportunity>find("id = ?1 and clientId = ?2", opportunityId, clientId).withLock(lock)
                .firstResultOptional().orElseThrow(() -> NotFoundProblem.of("Opportunity", opportunityId));
    }
}
