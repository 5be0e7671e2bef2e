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
import java.util.TreeSet;
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

    /** The rounds the contract includes for rounds still to start; a started round keeps its ruling. */
    public int includedRounds;

    /** An amendment of the included rounds that takes effect on a later day: the first round started then takes it. */
    public Integer nextIncludedRounds;

    public LocalDate nextIncludedFrom;

    public int currentRound;

    /** The started rounds that were out of scope when they started. */
    @ElementCollection
    @CollectionTable(name = "creative_job_round_out_of_scope", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "round")
    public Set<Integer> roundsOutOfScope = new TreeSet<>();

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

    /**
     * Starts a round under the included rounds in force on the day and rules on its scope for good; answers whether
     * it is out of scope.
     */
    public boolean startRound(int round, LocalDate today) {
        if (nextIncludedFrom != null && !today.isBefore(nextIncludedFrom)) {
            includedRounds = nextIncludedRounds;
            nextIncludedRounds = null;
            nextIncludedFrom = null;
        }
        currentRound = round;
        boolean outOfScope = RoundRules.outOfScope(round, includedRounds);
        if (outOfScope) {
            roundsOutOfScope.add(round);
        }
        return outOfScope;
    }

    /** How a started round was ruled when it started. */
    public boolean outOfScope(int round) {
        return roundsOutOfScope.contains(round);
    }

    /**
     * The contract now includes {@code rounds} from {@code effectiveOn}: rounds that start from then on are ruled by
     * it, a round already started is not. The latest amendment replaces one still waiting for its day.
     */
    public void includeRounds(int rounds, LocalDate effectiveOn, LocalDate today) {
        if (rounds < 0) {
            throw new IllegalArgumentException("included rounds cannot be negative");
        }
        if (effectiveOn.isAfter(today)) {
            nextIncludedRounds = rounds;
            nextIncludedFrom = effectiveOn;
        } else {
            includedRounds = rounds;
            nextIncludedRounds = null;
            nextIncludedFrom = null;
        }
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
