package agency.suits.clients.interaction;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.client.Clients;
import agency.suits.clients.client.RelationshipChanged;
import agency.suits.clients.contact.Contact;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.persistence.Rows;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The relationship's history: an append-only log, so logging needs no If-Match and nothing is ever edited. */
@ApplicationScoped
@Transactional
public class InteractionService {

    /** A timeline: newest first, always. */
    private static final Sort NEWEST_FIRST = Sort.descending("occurredAt").and("id");

    @Inject ClientAccess access;
    @Inject Clients clients;
    @Inject AgencyClock clock;
    @Inject Event<RelationshipChanged> relationship;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InteractionView> list(UUID clientId, PageRequest page) {
        clients.visible(clientId);
        ListQuery query = ListQuery.everything().and("clientId", clientId);
        return ListQuery.page(Interaction.<Interaction>find(query.where(), NEWEST_FIRST, query.parameters()), page)
                .map(InteractionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InteractionView get(UUID clientId, UUID interactionId) {
        clients.visible(clientId);
        return Interaction.<Interaction>find("id = ?1 and clientId = ?2", interactionId, clientId)
                .firstResultOptional().map(InteractionView::of)
                .orElseThrow(() -> NotFoundProblem.of("Interaction", interactionId));
    }

    public InteractionView log(UUID clientId, NewInteraction request) {
        clients.visible(clientId);
        access.require(ClientPermission.LOG_ACTIVITY);
        if (request.contactId() != null
                && !Rows.exist(Contact.class, "id = ?1 and clientId = ?2", request.contactId(), clientId)) {
            throw new RuleBroken("The interaction names a contact the client does not have",
                    List.of(new Violation("contactId", "is not a contact of this client")));
        }
        Interaction interaction = new Interaction();
        interaction.id = UUID.randomUUID();
        interaction.clientId = clientId;
        interaction.kind = request.kind();
        interaction.occurredAt = request.occurredAt().truncatedTo(ChronoUnit.MICROS);
        interaction.contactId = request.contactId();
        interaction.participants = request.participants() == null || request.participants().isBlank() ? null
                : request.participants().strip();
        interaction.note = request.note().strip();
        interaction.loggedBy = access.staffId();
        interaction.loggedAt = clock.now();
        interaction.persist();
        relationship.fire(new RelationshipChanged(clientId));
        return InteractionView.of(interaction);
    }
}
