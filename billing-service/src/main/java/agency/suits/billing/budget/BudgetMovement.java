package agency.suits.billing.budget;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of a job's budget ledger: what moved it, by how much, to what, who, when and why. Never changed. */
@Entity
public class BudgetMovement extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jobNumber;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public BudgetMovementKind kind;

    /** The difference it made; negative when an estimate came in below the figure before it. */
    @Column(precision = 19, scale = 4)
    public BigDecimal amount;

    @Column(precision = 19, scale = 4)
    public BigDecimal budgetAfter;

    public String currency;

    /** The estimate or change order that moved it; null for a brief. */
    public UUID sourceId;

    public String reason;

    /** Null when an event moved it (a brief submitted). */
    public UUID movedBy;

    public Instant movedAt;
}
