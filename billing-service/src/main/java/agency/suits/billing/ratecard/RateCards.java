package agency.suits.billing.ratecard;

import agency.suits.security.VisibleClients;
import agency.suits.billing.ListSorting;
import agency.suits.domain.money.Amount;
import agency.suits.security.Role;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.domain.WrongState;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class RateCards {

    public RateCard create(RateCardBody body, UUID createdBy) {
        Amount rate = body.hourlyRate().toAmount();
        if (!rate.isPositive()) {
            throw new RuleBroken("An hourly rate is more than zero");
        }
        if (body.effectiveTo() != null && body.effectiveTo().isBefore(body.effectiveFrom())) {
            throw new RuleBroken("effectiveTo " + body.effectiveTo() + " is before effectiveFrom "
                    + body.effectiveFrom());
        }
        RateSpan span = new RateSpan(body.effectiveFrom(), body.effectiveTo());
        // serialise creations of one role so two overlapping cards cannot both pass the check
        RateCard.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "rate-card:" + body.role()).getSingleResult();
        for (RateCard existing : sameScope(body.role(), body.clientId())) {
            if (existing.span().overlaps(span)) {
                throw new WrongState("Rate card " + existing.id + " already prices " + body.role()
                        + (body.clientId() == null ? " (agency default)" : " for client " + body.clientId())
                        + " from " + existing.effectiveFrom
                        + (existing.effectiveTo == null ? " on" : " to " + existing.effectiveTo));
            }
        }
        RateCard card = new RateCard();
        card.id = UUID.randomUUID();
        card.role = body.role();
        card.clientId = body.clientId();
        card.hourlyRate = rate.value();
        card.currency = rate.currency();
        card.effectiveFrom = body.effectiveFrom();
        card.effectiveTo = body.effectiveTo();
        card.createdBy = createdBy;
        card.createdAt = Instant.now();
        card.persist();
        return card;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RateCard get(UUID id) {
        return RateCard.<RateCard>findByIdOptional(id).orElseThrow(() -> NotFoundProblem.of("Rate card", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RateCard> list(Role role, UUID clientId, VisibleClients visible, PageRequest request) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        // agency defaults are everybody's; a client's own rates only its team's (and directors' and finance's)
        if (!visible.all()) {
            if (visible.ids().isEmpty()) {
                query.append(" and clientId is null");
            } else {
                query.append(" and (clientId is null or clientId in :visible)");
                parameters.and("visible", visible.ids());
            }
        }
        if (role != null) {
            query.append(" and role = :role");
            parameters.and("role", role);
        }
        if (clientId != null) {
            query.append(" and clientId = :clientId");
            parameters.and("clientId", clientId);
        }
        var found = RateCard.<RateCard>find(query.toString(), ListSorting.of(request), parameters);
        long total = found.count();
        List<RateCard> items = found.range((int) request.offset(), (int) request.offset() + request.size() - 1)
                .list();
        return Page.of(items, request, total);
    }

    /** The card that values an hour of {@code role} for {@code clientId} on {@code workDate}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RateCard> applicable(Role role, UUID clientId, LocalDate workDate) {
        return RateChoice.on(workDate, clientId, RateCard.list("role", role));
    }

    private List<RateCard> sameScope(Role role, UUID clientId) {
        return clientId == null
                ? RateCard.list("role = ?1 and clientId is null", role)
                : RateCard.list("role = ?1 and clientId = ?2", role, clientId);
    }
}
