package agency.suits.billing.payment;

import agency.suits.domain.money.Amount;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Money received against an invoice, recorded once per Idempotency-Key together with the response it got. */
@Entity
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID invoiceId;

    public String idempotencyKey;

    /** A payment in, or a refund out of the invoice's credit balance. */
    @Enumerated(EnumType.STRING)
    public PaymentKind kind;

    public String requestHash;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    public String currency;

    public LocalDate receivedOn;

    public UUID recordedBy;

    public Instant recordedAt;

    /** The JSON answered the first time; a retry with the same key gets exactly this. */
    public String responseBody;

    public Amount value() {
        return Amount.of(amount, currency);
    }
}
