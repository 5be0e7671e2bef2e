package agency.suits.billing.ratecard;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.security.Role;
import agency.suits.security.VisibleClients;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Hourly rates per role: the agency's defaults, which everybody who sees money reads, and clients' overrides. */
@ApplicationScoped
@Transactional
public class RateCardService {

    @Inject AccountAccess access;
    @Inject AgencyClock clock;

    public RateCardView create(NewRateCard body) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.SET_RATES);
        if (body.clientId() != null) {
            access.requireVisible(body.clientId());
        }
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
        if (body.costRate() != null) {
            Amount cost = body.costRate().toAmount();
            rate.requireSameCurrency(cost);
            if (!cost.isPositive()) {
                throw new RuleBroken("A cost rate is more than zero");
            }
            card.costRate = cost.value();
        }
        card.currency = rate.currency();
        card.effectiveFrom = body.effectiveFrom();
        card.effectiveTo = body.effectiveTo();
        card.createdBy = access.staffId();
        card.createdAt = clock.now();
        card.persist();
        return RateCardView.of(card, access.holds(BillingPermission.SEE_MARGIN));
    }

    /** An agency default is everybody's who sees money; a client's own rate only its team's (and the whole book's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RateCardView get(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        RateCard card = RateCard.<RateCard>findByIdOptional(id)
                .orElseThrow(() -> NotFoundProblem.of("Rate card", id));
        if (card.clientId != null) {
            access.requireVisible(card.clientId, "Rate card", id);
        }
        return RateCardView.of(card, access.holds(BillingPermission.SEE_MARGIN));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RateCardView> list(RateCardFilter filter, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        ListQuery query = defaultsAndVisible(access.visible()).and("role", filter.role())
                .and("clientId", filter.clientId());
        return ListQuery.page(RateCard.<RateCard>find(query.where(), query.sort(page), query.parameters()), page)
                .map(card -> RateCardView.of(card, access.holds(BillingPermission.SEE_MARGIN)));
    }

    /** The card that values an hour of {@code role} for {@code clientId} on {@code workDate}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RateCard> applicable(Role role, UUID clientId, LocalDate workDate) {
        return RateChoice.on(workDate, clientId, RateCard.list("role", role));
    }

    private static ListQuery defaultsAndVisible(VisibleClients visible) {
        if (visible.all()) {
            return ListQuery.everything();
        }
        if (visible.ids().isEmpty()) {
            return ListQuery.everything().andAlways("clientId is null", Map.of());
        }
        return ListQuery.everything().andAlways("clientId is null or clientId in :visible",
                Map.of("visible", visible.ids()));
    }

    private static List<RateCard> sameScope(Role role, UUID clientId) {
        return clientId == null
                ? RateCard.list("role = ?1 and clientId is null", role)
                : RateCard.list("role = ?1 and clientId = ?2", role, clientId);
    }
}
