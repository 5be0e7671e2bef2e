package agency.suits.briefs.jobrequest;

import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
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
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A job: what a client asked for, under its job number, and where it stands. */
@Entity
public class JobRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String jobNumber;

    @Column(nullable = false, updatable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Convert(converter = TextListColumn.class)
    @Column(nullable = false)
    public List<String> requestedDeliverables = new ArrayList<>();

    @Column(nullable = false)
    public LocalDate wantedBy;

    public BigDecimal budgetAmount;

    public String budgetCurrency;

    public UUID requestedByContactId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobStatus status;

    @Column(nullable = false, updatable = false)
    public UUID loggedBy;

    @Column(nullable = false, updatable = false)
    public Instant receivedAt;

    /** The latest creative round the client gave feedback on; null before the first one. */
    public Integer currentRound;

    @Enumerated(EnumType.STRING)
    public ClientDecision lastDecision;

    /** The traffic schedule, in due order; changing it changes the job's version like any other change. */
    @ElementCollection
    @CollectionTable(name = "job_milestone", joinColumns = @JoinColumn(name = "job_request_id"))
    @OrderColumn(name = "position")
    public List<ScheduledMilestone> schedule = new ArrayList<>();

    @Version
    public long version;

    /** The budget indication at the currency's minor units, or none. */
    public void budgetIndication(Amount budget) {
        budgetAmount = budget == null ? null : budget.value();
        budgetCurrency = budget == null ? null : budget.currency();
    }

    /**
     * The one place a job changes status: the status endpoint, starting, submitting and withdrawing its brief, and
     * creative's events all move it here, along the moves {@link JobStatus} allows (409 listing them otherwise).
     */
    public void moveTo(JobStatus target) {
        if (!status.canMoveTo(target)) {
            throw new WrongState("Job " + jobNumber + " is " + status + " and cannot move to " + target,
                    status.next().stream().map(Enum::name).toList());
        }
        status = target;
    }
}
