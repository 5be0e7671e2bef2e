package agency.suits.creative.job;

import agency.suits.domain.money.Amount;
import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.events.briefs.Deliverable;
import agency.suits.events.briefs.Mandatory;
import agency.suits.events.briefs.Milestone;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A creative job: the review loop of one submitted brief. Its @Version orders its events in the outbox. */
@Entity
public class CreativeJob extends PanacheEntityBase {

    @Id
    public UUID id;

    public String jobNumber;

    public UUID clientId;

    public UUID briefId;

    public int briefVersion;

    public String title;

    @Convert(converter = BriefSnapshotColumn.class)
    public BriefSnapshot brief;

    public BigDecimal budgetAmount;

    public String budgetCurrency;

    public int includedRounds;

    public int currentRound;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    /** The brief's last milestone: the job is overdue when it is still open after that day. */
    public LocalDate dueOn;

    public Instant openedAt;

    public Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "creative_job_assignee", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "staff_id")
    public Set<UUID> assignees = new LinkedHashSet<>();

    @Version
    public long version;

    public static Optional<CreativeJob> byJobNumber(String jobNumber) {
        return find("jobNumber", jobNumber).firstResultOptional();
    }

    /** The job, its row locked until the transaction ends: changes of one job run one after the other. */
    public static Optional<CreativeJob> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static Optional<CreativeJob> lockedByJobNumber(String jobNumber) {
        return find("jobNumber", jobNumber).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static LocalDate dueOn(BriefSnapshot brief) {
        return brief.milestones().stream().map(Milestone::dueOn).max(Comparator.naturalOrder()).orElseThrow();
    }

    public Amount budget() {
        return Amount.of(budgetAmount, budgetCurrency);
    }

    public boolean overdue(LocalDate today) {
        return !status.isFinal() && dueOn.isBefore(today);
    }

    public Set<UUID> mandatoryIds() {
        return brief.mandatories().stream().map(Mandatory::mandatoryId).collect(Collectors.toSet());
    }

    public boolean hasDeliverable(UUID deliverableId) {
        return brief.deliverables().stream().map(Deliverable::deliverableId).anyMatch(deliverableId::equals);
    }
}
