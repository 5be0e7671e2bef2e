package agency.suits.billing.payment;

import agency.suits.domain.money.Amount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Money received against an invoice, recorded once per Idempotency-Key together with the response it got. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The JSON answered the first time; a retry with the same key gets exactly this. */
    @Column(name = "response_body")
    public String responseBody;

    public Amount value() {
        return Amount.of(amount, currency);
    }
}
