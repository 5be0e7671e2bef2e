package agency.suits.clients.interaction;

import agency.suits.clients.client.ClientAccess;
import agency.suits.clients.client.ClientPermission;
import agency.suits.clients.contact.Contact;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.domain.Violation;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class InteractionService {

    private final ClientAccess access;

    InteractionService(ClientAccess access) {
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InteractionView> list(UUID clientId, PageRequest page) {
        access.visible(clientId);
        var query = Interaction.<Interaction>find("clientId", Sort.descending("occurredAt").and("id"), clientId);
        long total = query.count();
        List<InteractionView> items = query.range((int) page.offset(), (int) page.offset() + page.size() - 1)
                .list().stream().map(InteractionView::of).toList();
        return Page.of(items, page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InteractionView get(UUID clientId, UUID interactionId) {
        access.visible(clientId);
        return Interaction.<Interaction>find("id = ?1 and clientId = ?2", interactionId, clientId)
                .firstResultOptional().map(InteractionView::of)
                .orElseThrow(() -> NotFoundProblem.of("Interaction", interactionId));
    }

    public InteractionView log(UUID clientId, NewInteraction request) {
        access.changeable(clientId, ClientPermission.LOG_ACTIVITY);
        if (request.contactId() != null
                && Contact.count("id = ?1 and clientId = ?2", request.contactId(), clientId) == 0) {
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
        interaction.loggedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        interaction.persist();
        return InteractionView.of(interaction);
    }
}
