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
import agency.suits.persistence.ListQuery;
import agency.suits.web.money.MoneyJson;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.LocalDate;
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
    public PaymentView record(UUID invoiceId, IdempotencyKey key, NewPayment payment) {
        return once(invoiceId, key, new Movement(PaymentKind.PAYMENT, payment.amount().toAmount(),
                payment.receivedOn()));
    }

    /**
     * Money paid back to the client out of the invoice's credit balance (what credit notes left beyond what was
     * owed), exactly once per key, by the same mechanism as payments: same table, same unique key, same replay.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PaymentView refund(UUID invoiceId, IdempotencyKey key, NewRefund refund) {
        return once(invoiceId, key, new Movement(PaymentKind.REFUND, refund.amount().toAmount(), refund.paidOn()));
    }

    /** Money in or out of one invoice on a day: what a payment or refund request asks for. */
    private record Movement(PaymentKind kind, Amount amount, LocalDate on) {
    }

    private PaymentView once(UUID invoiceId, IdempotencyKey key, Movement movement) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> recordOnce(invoiceId, key, movement));
        } catch (RuntimeException failure) {
            if (!isKeyTaken(failure)) {
                throw failure;
            }
            String fingerprint = fingerprint(invoiceId, movement);
            return QuarkusTransaction.requiringNew().call(() -> earlier(key, fingerprint))
                    .orElseThrow(() -> failure);
        }
    }

    /** A page of the payments of an invoice, each as it was answered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PaymentView> ofInvoice(UUID invoiceId, PageRequest page) {
        access.require(BillingPermission.SEE_MONEY);
        invoices.findVisible(invoiceId);
        ListQuery query = ListQuery.everything().and("invoiceId", invoiceId);
        return ListQuery.page(Payment.<Payment>find(query.where(), query.sort(page), query.parameters()), page)
                .map(payment -> read(payment.responseBody));
    }

    private PaymentView recordOnce(UUID invoiceId, IdempotencyKey key, Movement movement) {
        access.require(BillingPermission.SEE_MONEY);
        Invoice invoice = invoices.lockVisible(invoiceId);
        access.require(BillingPermission.RECORD_PAYMENTS);
        Amount amount = movement.amount();
        String fingerprint = fingerprint(invoiceId, movement);
        Optional<PaymentView> earlier = earlier(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        InvoiceStatus after;
        if (movement.kind() == PaymentKind.REFUND) {
            Refunds.require(invoice.status, invoice.creditBalance(), amount);
            invoice.refunded = invoice.refundedAmount().plus(amount).value();
            after = invoice.status;
        } else {
            if (!invoice.status.canReceivePayment()) {
                throw new WrongState("Invoice " + invoiceId + " is " + invoice.status + " and takes no payment",
                        invoice.status.allowedActions());
            }
            // credit notes took their part off what payments settle
            after = Settlement.after(invoice.payable(), invoice.paidAmount(), amount);
            invoice.paid = invoice.paidAmount().plus(amount).value();
            invoice.status = after;
        }

        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.invoiceId = invoiceId;
        payment.idempotencyKey = key.value();
        payment.kind = movement.kind();
        payment.requestHash = fingerprint;
        payment.amount = amount.value();
        payment.currency = amount.currency();
        payment.receivedOn = movement.on();
        payment.recordedBy = access.staffId();
        payment.recordedAt = clock.now();
        PaymentView view = new PaymentView(payment.id, invoiceId, invoice.number, MoneyJson.of(amount),
                MoneyJson.of(invoice.outstanding()), after, payment.receivedOn, payment.recordedBy,
                payment.recordedAt, payment.kind, MoneyJson.of(invoice.creditBalance()));
        payment.responseBody = write(view);
        payment.persist();
        // a key taken meanwhile for another invoice fails here, inside this try, not at commit
        Payment.flush();
        if (movement.kind() == PaymentKind.REFUND) {
            return view;
        }
        outbox.record(new PaymentReceived(payment.id, invoiceId, invoice.number, invoice.clientId,
                amount.toWire(), invoice.outstanding().toWire(), payment.receivedOn, payment.recordedBy,
                payment.recordedAt));
        return view;
    }

    /** The first answer for this key, or empty when the key is new; 422 if the key came with another request. */
    private Optional<PaymentView> earlier(IdempotencyKey key, String fingerprint) {
        Optional<Payment> earlier = Payment.find("idempotencyKey", key.value()).firstResultOptional();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().requestHash.equals(fingerprint)) {
            throw new RuleBroken("Idempotency-Key " + key + " was used for a different payment request");
        }
        return Optional.of(read(earlier.get().responseBody));
    }

    private static String fingerprint(UUID invoiceId, Movement movement) {
        String payment = RequestFingerprint.of(invoiceId, movement.amount(), movement.on());
        // a payment's fingerprint is what it always was (stored keys still replay); a refund's says it is one
        return movement.kind() == PaymentKind.PAYMENT ? payment
                : RequestFingerprint.of(invoiceId, movement.amount(), movement.on(), "REFUND");
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

    /**
     * The answer as it was first given: written back by the same mapper, a retry gets the same bytes (an Instant or a
     * decimal string reads back to what it was written from).
     */
    private PaymentView read(String responseBody) {
        try {
            return json.readValue(responseBody, PaymentView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored payment answer is always readable", e);
        }
    }
}
