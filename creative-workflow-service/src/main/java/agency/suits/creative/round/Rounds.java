package agency.suits.creative.round;

import agency.suits.creative.access.Viewer;
import agency.suits.creative.job.CreativeJob;
import agency.suits.creative.job.CreativeJobs;
import agency.suits.creative.job.JobAction;
import agency.suits.creative.job.JobRules;
import agency.suits.creative.job.JobStatus;
import agency.suits.creative.job.JobView;
import agency.suits.creative.job.RoundRules;
import agency.suits.creative.trail.Decision;
import agency.suits.creative.trail.DecisionKind;
import agency.suits.creative.version.WorkVersion;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkPresented;
import agency.suits.events.creative.WorkVersionRef;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.security.Role;
import agency.suits.domain.WrongState;
import agency.suits.domain.Violation;
import agency.suits.domain.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The steps of a round, each recorded by the role that owns it: internal review (creative director), strategy
 * check (planner), presentation and client feedback (account executive, supervisor or director).
 */
@ApplicationScoped
@Transactional
public class Rounds {

    static final Role[] ACCOUNT_SERVICES = {Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR};

    private final CreativeJobs jobs;
    private final Viewer viewer;
    private final Outbox outbox;

    Rounds(CreativeJobs jobs, Viewer viewer, Outbox outbox) {
        this.jobs = jobs;
        this.viewer = viewer;
        this.outbox = outbox;
    }

    public JobView internalReview(UUID jobId, InternalReview review) {
        viewer.requireRole("record the internal review", Role.CREATIVE_DIRECTOR);
        CreativeJob job = jobs.forChange(jobId);
        JobRules.require(job.status, JobAction.INTERNAL_REVIEW);
        boolean approved = review.outcome() == InternalReview.Outcome.APPROVED;
        if (approved && WorkVersion.countInRound(job.id, job.currentRound) == 0) {
            throw new RuleBroken("Round " + job.currentRound + " has no work versions to approve yet");
        }
        requireCommentsUnless(approved, review.commentList(), "A send-back says what to change");
        checkTargets(job, review.commentList());
        record(job, DecisionKind.INTERNAL_REVIEW, review.outcome().name(), review.commentList(), List.of(),
                JobRules.afterInternalReview(job.status, approved), Instant.now());
        return jobs.viewAfterChange(job);
    }

    public JobView strategyCheck(UUID jobId, StrategyCheck check) {
        viewer.requireRole("record the strategy check", Role.ACCOUNT_PLANNER);
        CreativeJob job = jobs.forChange(jobId);
        JobRules.require(job.status, JobAction.STRATEGY_CHECK);
        boolean onStrategy = check.onStrategy();
        requireCommentsUnless(onStrategy, check.commentList(), "Work off strategy needs comments saying why");
        checkTargets(job, check.commentList());
        record(job, DecisionKind.STRATEGY_CHECK, onStrategy ? "ON_STRATEGY" : "OFF_STRATEGY", check.commentList(),
                List.of(), JobRules.afterStrategyCheck(job.status, onStrategy), Instant.now());
        return jobs.viewAfterChange(job);
    }

    public JobView present(UUID jobId, Presentation presentation) {
        viewer.requireRole("present work to the client", ACCOUNT_SERVICES);
        CreativeJob job = jobs.forChange(jobId);
        JobRules.require(job.status, JobAction.PRESENT);
        Set<UUID> ids = new LinkedHashSet<>(presentation.workVersionIds());
        List<WorkVersion> work = WorkVersion.ofJob(job.id, ids);
        if (work.size() != ids.size()) {
            Set<UUID> known = work.stream().map(v -> v.id).collect(Collectors.toSet());
            throw new RuleBroken("Only this job's work versions can be presented",
                    ids.stream().filter(id -> !known.contains(id))
                            .map(id -> new Violation("workVersionIds", id + " is not a work version of this job"))
                            .toList());
        }
        Instant presentedAt = happenedAt(job, presentation.presentedAt(), "presentedAt");
        record(job, DecisionKind.PRESENTATION, "PRESENTED", List.of(), List.copyOf(ids),
                JobRules.afterPresentation(job.status), presentedAt);
        outbox.record(new WorkPresented(job.id, job.jobNumber, job.clientId, job.currentRound, refs(work, ids),
                viewer.id(), presentedAt));
        return jobs.viewAfterChange(job);
    }

    public JobView feedback(UUID jobId, ClientFeedback feedback) {
        viewer.requireRole("record the client's feedback", ACCOUNT_SERVICES);
        CreativeJob job = jobs.forChange(jobId);
        JobRules.require(job.status, JobAction.RECORD_FEEDBACK);
        ClientDecision decision = feedback.decision();
        requireCommentsUnless(decision == ClientDecision.APPROVED, feedback.commentList(),
                "Changes requested or rejected work needs the client's comments");
        checkTargets(job, feedback.commentList());
        Decision presentation = presentationOf(job);
        Instant returnedAt = happenedAt(job, feedback.returnedAt(), "returnedAt");
        int round = job.currentRound;
        Decision recorded = record(job, DecisionKind.CLIENT_FEEDBACK, decision.name(), feedback.commentList(),
                presentation.workVersionIds, JobRules.afterFeedback(job.status, decision), returnedAt);
        outbox.record(FeedbackReturned.of(recorded.id, job.id, job.jobNumber, job.clientId, round, decision,
                CommentTally.of(feedback.commentList()), presentation.decidedAt, returnedAt, null, viewer.id()));
        if (decision == ClientDecision.APPROVED) {
            job.closedAt = returnedAt;
            List<WorkVersion> approved = WorkVersion.ofJob(job.id, presentation.workVersionIds);
            outbox.record(new CreativeApproved(job.id, job.jobNumber, job.clientId, recorded.id, round,
                    job.includedRounds, refs(approved, presentation.workVersionIds), viewer.id(), returnedAt));
        } else {
            job.currentRound = round + 1;
            if (RoundRules.outOfScope(job.currentRound, job.includedRounds)) {
                outbox.record(new RevisionLimitExceeded(job.id, job.jobNumber, job.clientId, job.currentRound,
                        job.includedRounds, Instant.now()));
            }
        }
        return jobs.viewAfterChange(job);
    }

    private Decision record(CreativeJob job, DecisionKind kind, String outcome, List<Comment> comments,
                            List<UUID> work, JobStatus next, Instant decidedAt) {
        Decision decision = Decision.of(job.id, job.currentRound, kind, outcome, comments, work, job.status, next,
                viewer.id(), decidedAt, null, Instant.now());
        decision.persist();
        job.status = next;
        return decision;
    }

    /** The round's presentation in force (a presentation is never corrected, so the latest one). */
    private static Decision presentationOf(CreativeJob job) {
        return Decision.trailOf(job.id).stream()
                .filter(d -> d.round == job.currentRound && d.kind == DecisionKind.PRESENTATION)
                .max(Comparator.comparing(d -> d.recordedAt))
                .orElseThrow(() -> new WrongState("Round " + job.currentRound + " was never presented",
                        JobRules.allowedNames(job.status)));
    }

    /**
     * When a step happened: now, or an earlier moment the caller names (a meeting recorded afterwards), but never
     * before the job's previous step, so the trail and the turnaround figures stay in order.
     */
    private static Instant happenedAt(CreativeJob job, Instant claimed, String field) {
        Instant now = Instant.now();
        if (claimed == null) {
            return now;
        }
        Instant previous = Decision.trailOf(job.id).stream().map(d -> d.decidedAt).max(Comparator.naturalOrder())
                .orElse(job.openedAt);
        if (previous.isBefore(job.openedAt)) {
            previous = job.openedAt;
        }
        if (claimed.isBefore(previous)) {
            throw new RuleBroken("A step cannot have happened before the job's previous step",
                    List.of(new Violation(field, "must not be before " + previous)));
        }
        return claimed;
    }

    private static void requireCommentsUnless(boolean passed, List<Comment> comments, String why) {
        if (!passed && comments.isEmpty()) {
            throw new RuleBroken(why, List.of(new Violation("comments", "must not be empty")));
        }
    }

    private static void checkTargets(CreativeJob job, List<Comment> comments) {
        Set<UUID> versionIds = WorkVersion.ofJob(job.id).stream().map(v -> v.id).collect(Collectors.toSet());
        CommentTargets.check(comments, job.mandatoryIds(), versionIds);
    }

    private static List<WorkVersionRef> refs(List<WorkVersion> work, Collection<UUID> order) {
        List<UUID> ordered = List.copyOf(order);
        return work.stream().sorted(Comparator.comparingInt(v -> ordered.indexOf(v.id))).map(WorkVersion::ref)
                .toList();
    }
}
