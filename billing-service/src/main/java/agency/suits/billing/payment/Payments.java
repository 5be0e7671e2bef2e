package agency.suits.billing.payment;

import agency.suits.billing.invoice.Invoice;
import agency.suits.billing.invoice.InvoiceStatus;
import agency.suits.billing.invoice.Invoices;
import agency.suits.billing.invoice.Settlement;
import agency.suits.domain.money.Amount;
import agency.suits.web.money.MoneyJson;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.domain.WrongState;
import agency.suits.domain.RuleBroken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records payments exactly once per Idempotency-Key. The invoice row is locked first, so requests for one invoice
 * run one after the other and a retry finds the first one's key; the unique key in the table catches the rest.
 */
@ApplicationScoped
@Transactional
public class Payments {

    private final Invoices invoices;
    private final Outbox outbox;
    private final ObjectMapper json;

    Payments(Invoices invoices, Outbox outbox, ObjectMapper json) {
        this.invoices = invoices;
        this.outbox = outbox;
        this.json = json;
    }

    /** The first answer for this key, or empty when the key is new; 422 if the key came with another request. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Recorded> replay(String key, String fingerprint) {
        return earlier(key, fingerprint);
    }

    private Optional<Recorded> earlier(String key, String fingerprint) {
        Optional<Payment> earlier = Payment.find("idempotencyKey", key).firstResultOptional();
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().requestHash.equals(fingerprint)) {
            throw new RuleBroken("Idempotency-Key " + key + " was used for a different payment request");
        }
        return Optional.of(new Recorded(earlier.get().id, earlier.get().invoiceId, earlier.get().responseBody));
    }

    public Recorded record(UUID invoiceId, String key, PaymentBody body, UUID recordedBy) {
        Amount amount = body.amount().toAmount();
        String fingerprint = fingerprint(invoiceId, body);
        Invoice invoice = invoices.lock(invoiceId);
        Optional<Recorded> earlier = earlier(key, fingerprint);
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
        payment.idempotencyKey = key;
        payment.requestHash = fingerprint;
        payment.amount = amount.value();
        payment.currency = amount.currency();
        payment.receivedOn = body.receivedOn();
        payment.recordedBy = recordedBy;
        payment.recordedAt = Instant.now();
        PaymentView view = new PaymentView(payment.id, invoiceId, invoice.number, MoneyJson.of(amount),
                MoneyJson.of(invoice.outstanding()), after, payment.receivedOn, recordedBy, payment.recordedAt);
        payment.responseBody = write(view);
        payment.persist();
        // a key taken meanwhile for another invoice fails here, inside this method, not at commit
        Payment.flush();
        outbox.record(new PaymentReceived(payment.id, invoiceId, invoice.number, invoice.clientId,
                amount.toWire(), invoice.outstanding().toWire(), payment.receivedOn, recordedBy,
                payment.recordedAt));
        return new Recorded(payment.id, invoiceId, payment.responseBody);
    }

    public static String fingerprint(UUID invoiceId, PaymentBody body) {
        return RequestFingerprint.of(invoiceId, body.amount().toAmount(), body.receivedOn());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID clientOf(UUID invoiceId) {
        return invoices.get(invoiceId).clientId;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> ofInvoice(UUID invoiceId) {
        invoices.get(invoiceId);
        return Payment.<Payment>list("invoiceId = ?1 order by recordedAt", invoiceId).stream()
                .map(payment -> payment.responseBody).toList();
    }

    private String write(PaymentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A payment view is always writable", e);
        }
    }

    /** A payment as answered: its id and the stored JSON of the first response. */
    public record Recorded(UUID paymentId, UUID invoiceId, String body) {
    }
}
