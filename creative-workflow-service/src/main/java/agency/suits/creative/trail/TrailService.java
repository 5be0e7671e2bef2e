package agency.suits.creative.trail;

import agency.suits.accounts.AccountAccess;
import agency.suits.creative.access.CreativePermission;
import agency.suits.creative.job.CommentTally;
import agency.suits.creative.job.CommentTargets;
import agency.suits.creative.job.CreativeJob;
import agency.suits.creative.job.CreativeJobService;
import agency.suits.creative.job.Decision;
import agency.suits.creative.job.DecisionKind;
import agency.suits.creative.job.DecisionView;
import agency.suits.creative.job.JobStatus;
import agency.suits.creative.job.Turnaround;
import agency.suits.creative.version.WorkVersion;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The append-only history of a job's decisions, corrections to it, and the turnaround figures read from it. A
 * correction appends an entry and changes nothing a client read, so it needs no If-Match.
 */
@ApplicationScoped
@Transactional
public class TrailService {

    @Inject CreativeJobService jobs;
    @Inject AccountAccess access;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    /** A page of the trail; whether an entry was superseded is read from the whole trail, not from the page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DecisionView> history(UUID jobId, PageRequest paging) {
        CreativeJob job = jobs.visible(jobId);
        Set<UUID> superseded = Decision.supersededOf(job.id);
        ListQuery query = ListQuery.everything().and("jobId", job.id);
        return ListQuery.page(Decision.<Decision>find(query.where(), query.sort(paging), query.parameters()), paging)
                .map(d -> DecisionView.of(d, superseded));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionView entry(UUID jobId, UUID entryId) {
        CreativeJob job = jobs.visible(jobId);
        Decision entry = Decision.<Decision>find("jobId = ?1 and id = ?2", job.id, entryId).firstResultOptional()
                .orElseThrow(() -> NotFoundProblem.of("Decision", entryId));
        return DecisionView.of(entry, Decision.supersededOf(job.id));
    }

    /**
     * A correction is a new entry naming the one it supersedes and why. It replaces the comments; the outcome stays,
     * because the job has already moved on from it. A corrected client feedback is announced again as
     * FeedbackReturned naming the feedback it supersedes.
     */
    public DecisionView correct(UUID jobId, UUID entryId, Correction correction) {
        CreativeJob job = jobs.lockVisible(jobId);
        List<Decision> trail = Decision.trailOf(job.id);
        Decision original = trail.stream().filter(d -> d.id.equals(entryId)).findFirst()
                .orElseThrow(() -> NotFoundProblem.of("Decision", entryId));
        access.require(correctionOf(original.kind));
        if (!original.kind.correctable()) {
            throw new RuleBroken("A " + original.kind + " entry has no comments to correct");
        }
        if (Decision.supersededIn(trail).contains(original.id)) {
            throw new WrongState("Decision " + original.id + " was already corrected; correct the latest "
                    + "correction instead");
        }
        CommentTargets.check(correction.comments(), job.mandatoryIds(), WorkVersion.idsOfJob(job.id));
        Instant now = clock.now();
        Decision corrected = Decision.of(job.id, original.round, original.kind, original.outcome,
                correction.comments(), original.workVersionIds, job.status, job.status, access.staffId(), now,
                correction.reason().trim(), now);
        corrected.supersedesId = original.id;
        corrected.persist();
        if (original.kind == DecisionKind.CLIENT_FEEDBACK) {
            Instant presentedAt = presentationOf(trail, original.round).decidedAt;
            outbox.record(FeedbackReturned.of(corrected.id, job.id, job.jobNumber, job.clientId, original.round,
                    ClientDecision.valueOf(original.outcome), CommentTally.of(correction.comments()), presentedAt,
                    original.decidedAt, original.id, access.staffId()));
        }
        jobs.changed(job);
        return DecisionView.of(corrected, Set.of());
    }

    /** A decision's comments are corrected by the roles that own its step. */
    static CreativePermission correctionOf(DecisionKind kind) {
        return switch (kind) {
            case ASSIGNMENT -> CreativePermission.CORRECT_ASSIGNMENT;
            case INTERNAL_REVIEW -> CreativePermission.CORRECT_INTERNAL_REVIEW;
            case STRATEGY_CHECK -> CreativePermission.CORRECT_STRATEGY_CHECK;
            case PRESENTATION -> CreativePermission.CORRECT_PRESENTATION;
            case CLIENT_FEEDBACK -> CreativePermission.CORRECT_CLIENT_FEEDBACK;
            case CANCELLATION -> CreativePermission.CORRECT_CANCELLATION;
            case REOPENING -> CreativePermission.CORRECT_REOPENING;
            case CONTRACT_AMENDMENT -> CreativePermission.CORRECT_CONTRACT_AMENDMENT;
        };
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TurnaroundView turnaround(UUID jobId) {
        CreativeJob job = jobs.visible(jobId);
        List<Decision> trail = Decision.trailOf(job.id);
        Instant now = clock.now();
        List<Turnaround.Change> changes = trail.stream().filter(d -> d.statusBefore != d.statusAfter)
                .sorted(Comparator.comparing((Decision d) -> d.decidedAt).thenComparing(d -> d.recordedAt))
                .map(d -> new Turnaround.Change(d.statusAfter, d.decidedAt)).toList();
        Map<JobStatus, Duration> stages = Turnaround.timeInStages(JobStatus.IN_WORK, job.openedAt, changes, now);
        List<TurnaroundView.RoundTurnaround> perRound = new ArrayList<>();
        for (Decision feedback : trail) {
            if (feedback.kind == DecisionKind.CLIENT_FEEDBACK && feedback.supersedesId == null) {
                Instant presentedAt = presentationOf(trail, feedback.round).decidedAt;
                perRound.add(new TurnaroundView.RoundTurnaround(feedback.round, presentedAt, feedback.decidedAt,
                        Duration.between(presentedAt, feedback.decidedAt).toString()));
            }
        }
        Instant end = job.closedAt != null ? job.closedAt : now;
        Map<JobStatus, String> stageTexts = new EnumMap<>(JobStatus.class);
        stages.forEach((stage, spent) -> stageTexts.put(stage, spent.toString()));
        return new TurnaroundView(job.currentRound, job.includedRounds,
                job.roundsOutOfScope.size(), stageTexts, perRound,
                Duration.between(job.openedAt, end.isBefore(job.openedAt) ? job.openedAt : end).toString());
    }

    private static Decision presentationOf(List<Decision> trail, int round) {
        return Decision.presentationOf(trail, round)
                .orElseThrow(() -> new IllegalStateException("Feedback of round " + round + " without presentation"));
    }
}
