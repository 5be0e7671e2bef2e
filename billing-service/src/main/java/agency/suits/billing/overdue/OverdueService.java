package agency.suits.billing.overdue;

import agency.suits.billing.RulesInForce;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Looks for issued invoices past due and publishes InvoiceOverdue once per invoice and stage. */
@ApplicationScoped
@Transactional
public class OverdueService {

    @Inject Outbox outbox;
    @Inject RulesInForce rules;
    @Inject AgencyClock clock;

    /** Announces every stage reached on {@code today}; answers how many events were recorded. */
    public int detect(LocalDate today) {
        List<Invoice> late = Invoice.<Invoice>find("status in ?1 and dueOn < ?2",
                        List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID), today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int published = 0;
        for (Invoice invoice : late) {
            long daysOverdue = ChronoUnit.DAYS.between(invoice.dueOn, today);
            Optional<Integer> stage = OverdueStages.toAnnounce(daysOverdue, rules.overdueStages(),
                    announced(invoice.id));
            if (stage.isEmpty()) {
                continue;
            }
            Instant now = clock.now();
            Invoice.getEntityManager().createNativeQuery("insert into invoice_overdue_stage "
                            + "(invoice_id, stage_days, detected_at) values (?1, ?2, ?3)")
                    .setParameter(1, invoice.id).setParameter(2, stage.get()).setParameter(3, now).executeUpdate();
            outbox.record(new InvoiceOverdue(invoice.id, invoice.number, invoice.clientId, invoice.jobNumber,
                    invoice.dueOn, stage.get(), (int) daysOverdue, invoice.totalAmount().toWire(),
                    invoice.outstanding().toWire(), now));
            published++;
        }
        return published;
    }

    private static Set<Integer> announced(UUID invoiceId) {
        List<?> rows = Invoice.getEntityManager()
                .createNativeQuery("select stage_days from invoice_overdue_stage where invoice_id = ?1")
                .setParameter(1, invoiceId).getResultList();
        Set<Integer> stages = new HashSet<>();
        rows.forEach(row -> stages.add(((Number) row).intValue()));
        return stages;
    }
}
