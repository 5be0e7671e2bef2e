package agency.suits.billing.payment;

import agency.suits.accounts.AccountAccess;
import agency.suits.billing.access.BillingPermission;
import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceService;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.billing.invoice.Settlement;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.web.money.MoneyJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records payments exactly once per Idempotency-Key. The invoice row is locked first, so requests for one invoice
 * run one after the other and a retry finds the first one's key; the unique key in the table catches the rest.
 */
@ApplicationScoped
@Transactional
public class PaymentService {

    @Inject InvoiceService invoices;
    @Inject AccountAccess access;
    @Inject Outbox outbox;
    @Inject ObjectMapper json;
    @Inject AgencyClock clock;

    /**
     * The payment once per key: the first request records it, a retry (same key, same request) gets the first
     * answer again, the same key with another request 422. Each try has a transaction of its own, so that a key
     * another request took between our look-up and our insert (a concurrent retry for another invoice) fails only
     * that try, and the answer is the other request's.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RecordedPayment record(UUID invoiceId, IdempotencyKey key, NewPayment payment) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> recordOnce(invoiceId, key, payment));
        } catch (RuntimeException failure) {
            if (!isKeyTaken(failure)) {
                throw failure;
            }
            String fingerprint = fingerprint(invoiceId, payment);
            return QuarkusTransaction.requiringNew().call(() -> earlier(key, fingerprint))
                    .orElseThrow(() -> failure);
        }
    }

    /** The payments of an invoice in the order they were recorded, each as it was answered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordedPayment> ofInvoice(UUID invoiceId) {
        access.require(BillingPermission.SEE_MONEY);
        invoices.findVisible(invoiceId);
        return Payment.<Payment>list("invoiceId = ?1 order by recordedAt", invoiceId).stream()
                .map(payment -> new RecordedPayment(payment.id, payment.responseBody)).toList();
    }

    private RecordedPayment recordOnce(UUID invoiceId, IdempotencyKey key, NewPayment body) {
        access.require(BillingPermission.SEE_MONEY);
        Invoice invoice = invoices.lockVisible(invoiceId);
        access.require(BillingPermission.RECORD_PAYMENTS);
        Amount amount = body.amount().toAmount();
        String fingerprint = fingerprint(invoiceId, body);
        Optional<RecordedPayment> earlier = earlier(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (!invoice.status.canReceivePayment()) {
            throw new WrongState("Invoice " + invoiceId + " is " + invoice.status + " and takes no payment",
                    invoice.status.allowedActions());
        }
        InvoiceStatus after = Settlement.after(invoice.totalAmount(), invoice.paidAmount(), amount);
        invoice.paid = invoice.paidAmount().plus(amount).value();
        invoice.status = after;

        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.invoiceId = invoiceId;
        payment.idempotencyKey = key.value();
        payment.requestHash = fingerprint;
        payment.amount = amount.value();
        payment.currency = amount.currency();
        payment.receivedOn = body.receivedOn();
        payment.recordedBy = access.staffId();
        payment.recordedAt = clock.now();
        PaymentView view = new PaymentView(payment.id, invoiceId, invoice.number, MoneyJson.of(amount),
                MoneyJson.of(invoice.outstanding()), after, payment.receivedOn, payment.recordedBy,
                payment.recordedAt);
        payment.responseBody = write(view);
        payment.persist();
        // a key taken meanwhile for another invoice fails here, inside this try, not at commit
        Payment.flush();
        outbox.record(new PaymentReceived(payment.id, invoiceId, invoice.number, invoice.clientId,
                amount.toWire(), invoice.outstanding().toWire(), payment.receivedOn, payment.recordedBy,
                payment.recordedAt));
        return new RecordedPayment(payment.id, payment.responseBody);
    }

    /** The first answer for this key, or empty when the key is new; 422 if the key came with another request. */
    private static Optional<RecordedPayment> earlier(IdempotencyKey key, String fingerprint) {
        Optional<Payment> earlier = Payment.find("idempotencyKey", key.value()).firstResultOptional();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().requestHash.equals(fingerprint)) {
            throw new RuleBroken("Idempotency-Key " + key + " was used for a different payment request");
        }
        return Optional.of(new RecordedPayment(earlier.get().id, earlier.get().responseBody));
    }

    private static String fingerprint(UUID invoiceId, NewPayment body) {
        return RequestFingerprint.of(invoiceId, body.amount().toAmount(), body.receivedOn());
    }

    private static boolean isKeyTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains("idempotency_key")) {
                return true;
            }
        }
        return false;
    }

    private String write(PaymentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A payment view is always writable", e);
        }
    }
}
