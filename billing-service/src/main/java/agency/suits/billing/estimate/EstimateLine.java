package agency.suits.billing.estimate;

import agency.suits.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;
import java.util.UUID;

@Entity
public class EstimateLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "estimate_id")
    public Estimate estimate;

    public int position;

    @Enumerated(EnumType.STRING)
    public LineKind kind;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(precision = 7, scale = 2)
    public BigDecimal hours;

    @Column(precision = 19, scale = 4)
    public BigDecimal rate;

    public String vendorName;

    public String description;

    @Column(precision = 19, scale = 4)
    public BigDecimal amount;
}
