package agency.suits.creative.trail;

import agency.suits.creative.access.Viewer;
import agency.suits.creative.job.CreativeJob;
import agency.suits.creative.job.CreativeJobs;
import agency.suits.creative.job.JobStatus;
import agency.suits.creative.job.Turnaround;
import agency.suits.creative.round.CommentTally;
import agency.suits.creative.round.CommentTargets;
import agency.suits.creative.version.WorkVersion;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.security.Role;
import agency.suits.domain.WrongState;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.stream.Collectors;

/** The append-only history of a job's decisions, corrections to it, and the turnaround figures read from it. */
@ApplicationScoped
@Transactional
public class DecisionTrail {

    private final CreativeJobs jobs;
    private final Viewer viewer;
    private final Outbox outbox;

    DecisionTrail(CreativeJobs jobs, Viewer viewer, Outbox outbox) {
        this.jobs = jobs;
        this.viewer = viewer;
        this.outbox = outbox;
    }

    public List<DecisionView> history(UUID jobId) {
        CreativeJob job = jobs.visible(jobId);
        List<Decision> trail = Decision.trailOf(job.id);
        Set<UUID> superseded = supersededIn(trail);
        return trail.stream().map(d -> DecisionView.of(d, superseded)).toList();
    }

    /**
     * A correction is a new entry naming the one it supersedes and why. It replaces the comments; the outcome stays,
     * because the job has already moved on from it. A corrected client feedback is announced again as
     * FeedbackReturned naming the feedback it supersedes.
     */
    public DecisionView correct(UUID jobId, UUID entryId, Correction correction) {
        CreativeJob job = jobs.forChange(jobId);
        List<Decision> trail = Decision.trailOf(job.id);
        Decision original = trail.stream().filter(d -> d.id.equals(entryId)).findFirst()
                .orElseThrow(() -> NotFoundProblem.of("Decision", entryId));
        Set<Role> owners = Owners.of(original.kind);
        if (owners.stream().noneMatch(viewer::hasRole)) {
            throw new NotPermitted("Only " + owners.stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", ")) + " may correct a " + original.kind + " decision");
        }
        if (!Owners.correctable(original.kind)) {
            throw new RuleBroken("A " + original.kind + " entry has no comments to correct");
        }
        if (supersededIn(trail).contains(original.id)) {
            throw new WrongState("Decision " + original.id + " was already corrected; correct the latest "
                    + "correction instead");
        }
        Set<UUID> versionIds = WorkVersion.ofJob(job.id).stream().map(v -> v.id).collect(Collectors.toSet());
        CommentTargets.check(correction.comments(), job.mandatoryIds(), versionIds);
        Instant now = Instant.now();
        Decision corrected = Decision.of(job.id, original.round, original.kind, original.outcome,
                correction.comments(), original.workVersionIds, job.status, job.status, viewer.id(), now,
                correction.reason().trim(), now);
        corrected.supersedesId = original.id;
        corrected.persist();
        if (original.kind == DecisionKind.CLIENT_FEEDBACK) {
            Instant presentedAt = presentationOf(trail, original.round).decidedAt;
            outbox.record(FeedbackReturned.of(corrected.id, job.id, job.jobNumber, job.clientId, original.round,
                    ClientDecision.valueOf(original.outcome), CommentTally.of(correction.comments()), presentedAt,
                    original.decidedAt, original.id, viewer.id()));
        }
        return DecisionView.of(corrected, Set.of());
    }

    public TurnaroundView turnaround(UUID jobId) {
        CreativeJob job = jobs.visible(jobId);
        List<Decision> trail = Decision.trailOf(job.id);
        Set<UUID> superseded = supersededIn(trail);
        Instant now = Instant.now();
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
                Math.max(0, job.currentRound - job.includedRounds), stageTexts, perRound,
                Duration.between(job.openedAt, end.isBefore(job.openedAt) ? job.openedAt : end).toString());
    }

    private static Decision presentationOf(List<Decision> trail, int round) {
        return trail.stream().filter(d -> d.round == round && d.kind == DecisionKind.PRESENTATION)
                .max(Comparator.comparing(d -> d.recordedAt))
                .orElseThrow(() -> new IllegalStateException("Feedback of round " + round + " without presentation"));
    }

    private static Set<UUID> supersededIn(List<Decision> trail) {
        return trail.stream().map(d -> d.supersedesId).filter(id -> id != null).collect(Collectors.toSet());
    }
}
