package agency.suits.clients.opportunity;

import agency.suits.clients.access.ClientAccess;
import agency.suits.clients.access.ClientPermission;
import agency.suits.clients.client.Client;
import agency.suits.domain.money.Amount;
import agency.suits.persistence.ListQuery;
import agency.suits.web.money.MoneyJson;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The opportunities across the caller's book: supervisors see those of the clients they are on, directors all. A
 * supervisor filter narrows it to the clients a given supervisor is on, for a director reviewing one of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PipelineService {

    private static final List<OpportunityStage> CLOSED = List.of(OpportunityStage.WON, OpportunityStage.LOST);
    private static final String ON_SUPERVISORS_TEAM = "clientId in (select m.clientId from TeamMembership m "
            + "where m.staffId = :supervisor and m.role = agency.suits.events.clients.AccountRole.ACCOUNT_SUPERVISOR)";

    @Inject ClientAccess access;

    public Page<PipelineEntry> list(PipelineFilter filter, PageRequest page) {
        ListQuery query = visible(filter).and("stage", filter.stage())
                .and("expectedCloseOn <= :closingBy", "closingBy", filter.closingBy());
        Page<Opportunity> found = ListQuery.page(Opportunity.<Opportunity>find(query.where(), query.sort(page),
                query.parameters()), page);
        Map<UUID, String> names = names(found.items().stream().map(o -> o.clientId).collect(Collectors.toSet()));
        return found.map(o -> PipelineEntry.of(o, names.get(o.clientId)));
    }

    /** Count and estimated value per stage and currency, in the stages' order. */
    public List<PipelineTotal> totals(PipelineFilter filter) {
        ListQuery query = visible(filter).and("expectedCloseOn <= :closingBy", "closingBy", filter.closingBy());
        TypedQuery<Object[]> totals = Opportunity.getEntityManager().createQuery("select stage, estimatedCurrency, "
                + "count(*), sum(estimatedAmount) from Opportunity where " + query.where()
                + " group by stage, estimatedCurrency order by stage, estimatedCurrency", Object[].class);
        query.parameters().map().forEach(totals::setParameter);
        return totals.getResultList().stream().map(row -> new PipelineTotal((OpportunityStage) row[0],
                (Long) row[2], MoneyJson.of(Amount.of((BigDecimal) row[3], (String) row[1])))).toList();
    }

    private ListQuery visible(PipelineFilter filter) {
        access.require(ClientPermission.READ_PIPELINE);
        ListQuery query = ListQuery.visibleTo(access.visible())
                .and(ON_SUPERVISORS_TEAM, "supervisor", filter.supervisorId())
                .and("clientId", filter.clientId());
        if (filter.stage() == null && !filter.includeClosed()) {
            query = query.and("stage not in :closed", "closed", CLOSED);
        }
        return query;
    }

    private static Map<UUID, String> names(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Client.<Client>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(client -> client.id, client -> client.name, (a, b) -> a));
    }

    /** What the pipeline is narrowed to; every part optional. */
    public record PipelineFilter(OpportunityStage stage, boolean includeClosed, UUID supervisorId, UUID clientId,
                                 LocalDate closingBy) {
    }
}
