package agency.suits.billing.tax;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.ratecard.RateSpan;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The agency's tax rates (per country and category, by date) and its clients' tax treatments. */
@ApplicationScoped
@Transactional
public class TaxService {

    @Inject AccountAccess access;
    @Inject AgencyClock clock;

    public TaxRateView createRate(NewTaxRate body) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.SET_TAX);
        if (!body.category().hasRate()) {
            throw new RuleBroken("Only STANDARD and REDUCED have rates; " + body.category() + " lines carry no tax");
        }
        if (body.effectiveTo() != null && body.effectiveTo().isBefore(body.effectiveFrom())) {
            throw new RuleBroken("effectiveTo " + body.effectiveTo() + " is before effectiveFrom "
                    + body.effectiveFrom());
        }
        RateSpan span = new RateSpan(body.effectiveFrom(), body.effectiveTo());
        // serialise creations of one country and category so two overlapping rates cannot both pass the check
        TaxRate.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "tax-rate:" + body.country() + ":" + body.category()).getSingleResult();
        for (TaxRate existing : TaxRate.<TaxRate>list("country = ?1 and category = ?2", body.country(),
                body.category())) {
            if (existing.span().overlaps(span)) {
                throw new WrongState("Tax rate " + existing.id + " already sets " + body.category() + " for "
                        + body.country() + " from " + existing.effectiveFrom
                        + (existing.effectiveTo == null ? " on" : " to " + existing.effectiveTo));
            }
        }
        TaxRate rate = new TaxRate();
        rate.id = UUID.randomUUID();
        rate.country = body.country();
        rate.category = body.category();
        rate.percent = new BigDecimal(body.percent()).setScale(2, RoundingMode.UNNECESSARY);
        rate.effectiveFrom = body.effectiveFrom();
        rate.effectiveTo = body.effectiveTo();
        rate.createdBy = access.staffId();
        rate.createdAt = clock.now();
        rate.persist();
        return TaxRateView.of(rate);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaxRateView rate(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        return TaxRateView.of(TaxRate.<TaxRate>findByIdOptional(id)
                .orElseThrow(() -> NotFoundProblem.of("Tax rate", id)));
    }

    /** Tax rates are the agency's: everybody's who sees money. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TaxRateView> rates(String country, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        ListQuery query = ListQuery.everything().and("country", country);
        return ListQuery.page(TaxRate.<TaxRate>find(query.where(), query.sort(page), query.parameters()), page)
                .map(TaxRateView::of);
    }

    /** A client's treatment from a date; a change is a new record, so past invoices keep their explanation. */
    public TaxTreatmentView recordTreatment(NewTaxTreatment body) {
        access.require(BillingPermission.SEE_MONEY);
        access.require(BillingPermission.SET_TAX);
        access.requireVisible(body.clientId());
        if (body.treatment() == TaxTreatment.REVERSE_CHARGE && body.vatId() == null) {
            throw new RuleBroken("A reverse-charge client is invoiced with its VAT id: vatId is required");
        }
        ClientTaxTreatment treatment = new ClientTaxTreatment();
        treatment.id = UUID.randomUUID();
        treatment.clientId = body.clientId();
        treatment.country = body.country();
        treatment.treatment = body.treatment();
        treatment.vatId = body.vatId();
        treatment.effectiveFrom = body.effectiveFrom() == null ? clock.today() : body.effectiveFrom();
        treatment.recordedBy = access.staffId();
        treatment.recordedAt = clock.now();
        treatment.persist();
        return TaxTreatmentView.of(treatment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaxTreatmentView treatment(UUID id) {
        access.require(BillingPermission.SEE_MONEY);
        ClientTaxTreatment treatment = ClientTaxTreatment.<ClientTaxTreatment>findByIdOptional(id)
                .orElseThrow(() -> NotFoundProblem.of("Tax treatment", id));
        access.requireVisible(treatment.clientId, "Tax treatment", id);
        return TaxTreatmentView.of(treatment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TaxTreatmentView> treatments(UUID clientId, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        ListQuery query = ListQuery.visibleTo(access.visible()).and("clientId", clientId);
        return ListQuery.page(ClientTaxTreatment.<ClientTaxTreatment>find(query.where(), query.sort(page),
                query.parameters()), page).map(TaxTreatmentView::of);
    }

    /**
     * How the client is taxed on {@code on}: its latest treatment from that day or before, with its country's rates
     * of that day. Empty when no treatment is recorded for the client: its invoices then carry no tax lines.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Taxation> taxationOf(UUID clientId, LocalDate on) {
        Optional<ClientTaxTreatment> treatment = ClientTaxTreatment.<ClientTaxTreatment>find(
                "clientId = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, recordedAt desc", clientId, on)
                .firstResultOptional();
        if (treatment.isEmpty()) {
            return Optional.empty();
        }
        Map<TaxCategory, BigDecimal> percents = new EnumMap<>(TaxCategory.class);
        for (TaxRate rate : TaxRate.<TaxRate>list("country", treatment.get().country)) {
            if (rate.span().covers(on)) {
                percents.put(rate.category, rate.percent);
            }
        }
        return Optional.of(new Taxation(treatment.get().treatment, treatment.get().country, treatment.get().vatId,
                on, percents));
    }
}
