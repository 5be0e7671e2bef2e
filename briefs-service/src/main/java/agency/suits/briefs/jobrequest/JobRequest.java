package agency.suits.briefs.jobrequest;

import agency.suits.briefs.persistence.TextListColumn;
import agency.suits.briefs.schedule.ScheduledMilestone;
import agency.suits.events.Money;
import agency.suits.events.briefs.RequestChannel;
import agency.suits.events.creative.ClientDecision;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A job: what a client asked for, under its job number, and where it stands. */
@Entity
@Table(name = "job_request")
public class JobRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "job_number", nullable = false, updatable = false)
    public String jobNumber;

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Convert(converter = TextListColumn.class)
    @Column(name = "requested_deliverables", nullable = false)
    public List<String> requestedDeliverables = new ArrayList<>();

    @Column(name = "wanted_by", nullable = false)
    public LocalDate wantedBy;

    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    public String budgetCurrency;

    @Column(name = "requested_by_contact_id")
    public UUID requestedByContactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobStatus status;

    @Column(name = "logged_by", nullable = false, updatable = false)
    public UUID loggedBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    /** The latest creative round the client gave feedback on; null before the first one. */
    @Column(name = "current_round")
    public Integer currentRound;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_decision")
    public ClientDecision lastDecision;

    /** The traffic schedule, in due order; changing it changes the job's version like any other change. */
    @ElementCollection
    @CollectionTable(name = "job_milestone", joinColumns = @JoinColumn(name = "job_request_id"))
    @OrderColumn(name = "position")
    public List<ScheduledMilestone> schedule = new ArrayList<>();

    @Version
    public long version;

    public Money budgetIndication() {
        return budgetAmount == null ? null : new Money(budgetAmount, budgetCurrency);
    }

    public void budgetIndication(Money money) {
        budgetAmount = money == null ? null : money.amount();
        budgetCurrency = money == null ? null : money.currency();
    }
}
