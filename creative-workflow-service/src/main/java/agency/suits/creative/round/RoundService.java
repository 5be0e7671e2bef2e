package agency.suits.creative.round;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.creative.access.CreativePermission;
import agency.suits.creative.job.Comment;
import agency.suits.creative.job.CommentTally;
import agency.suits.creative.job.CommentTargets;
import agency.suits.creative.job.CreativeJob;
import agency.suits.creative.job.CreativeJobService;
import agency.suits.creative.job.Decision;
import agency.suits.creative.job.DecisionKind;
import agency.suits.creative.job.JobAction;
import agency.suits.creative.job.JobRules;
import agency.suits.creative.job.JobStatus;
import agency.suits.creative.job.JobView;
import agency.suits.creative.version.WorkVersion;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkPresented;
import agency.suits.events.creative.WorkVersionRef;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.web.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * check (planner), presentation and client feedback (account executive, supervisor or director). Each moves the
 * job on, so each needs If-Match with the job's ETag.
 */
@ApplicationScoped
@Transactional
public class RoundService {

    @Inject CreativeJobService jobs;
    @Inject AccountAccess access;
    @Inject Accounts accounts;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    public JobView internalReview(UUID jobId, IfMatch ifMatch, InternalReview review) {
        CreativeJob job = jobs.lockForStep(jobId, CreativePermission.RECORD_INTERNAL_REVIEW, ifMatch,
                JobAction.INTERNAL_REVIEW);
        boolean approved = review.outcome() == InternalReview.Outcome.APPROVED;
        if (approved && WorkVersion.countInRound(job.id, job.currentRound) == 0) {
            throw new RuleBroken("Round " + job.currentRound + " has no work versions to approve yet");
        }
        requireCommentsUnless(approved, review.commentList(), "A send-back says what to change");
        checkTargets(job, review.commentList());
        record(job, DecisionKind.INTERNAL_REVIEW, review.outcome().name(), review.commentList(), List.of(),
                JobRules.afterInternalReview(job.status, approved), clock.now());
        return jobs.viewAfterChange(job);
    }

    public JobView strategyCheck(UUID jobId, IfMatch ifMatch, StrategyCheck check) {
        CreativeJob job = jobs.lockForStep(jobId, CreativePermission.RECORD_STRATEGY_CHECK, ifMatch,
                JobAction.STRATEGY_CHECK);
        boolean onStrategy = check.onStrategy();
        requireCommentsUnless(onStrategy, check.commentList(), "Work off strategy needs comments saying why");
        checkTargets(job, check.commentList());
        record(job, DecisionKind.STRATEGY_CHECK, onStrategy ? "ON_STRATEGY" : "OFF_STRATEGY", check.commentList(),
                List.of(), JobRules.afterStrategyCheck(job.status, onStrategy), clock.now());
        return jobs.viewAfterChange(job);
    }

    public JobView present(UUID jobId, IfMatch ifMatch, Presentation presentation) {
        CreativeJob job = jobs.lockForStep(jobId, CreativePermission.PRESENT_WORK, ifMatch, JobAction.PRESENT);
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
        List<UUID> presenters = Presenters.of(access.staffId(), presentation.presenterList(), whoMayPresent(job));
        record(job, DecisionKind.PRESENTATION, "PRESENTED", List.of(), List.copyOf(ids), presenters,
                JobRules.afterPresentation(job.status), presentedAt);
        outbox.record(new WorkPresented(job.id, job.jobNumber, job.clientId, job.currentRound, refs(work, ids),
                access.staffId(), presentedAt));
        return jobs.viewAfterChange(job);
    }

    /** The client's account team, the job's creatives and whoever reviewed its work internally. */
    private Set<UUID> whoMayPresent(CreativeJob job) {
        Set<UUID> eligible = new LinkedHashSet<>(job.assignees);
        accounts.team(job.clientId).forEach(member -> eligible.add(member.staffId()));
        Decision.trailOf(job.id).stream().filter(d -> d.kind == DecisionKind.INTERNAL_REVIEW && d.decidedBy != null)
                .forEach(d -> eligible.add(d.decidedBy));
        return eligible;
    }

    public JobView feedback(UUID jobId, IfMatch ifMatch, ClientFeedback feedback) {
        CreativeJob job = jobs.lockForStep(jobId, CreativePermission.RECORD_CLIENT_FEEDBACK, ifMatch,
                JobAction.RECORD_FEEDBACK);
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
                CommentTally.of(feedback.commentList()), presentation.decidedAt, returnedAt, null, access.staffId()));
        if (decision == ClientDecision.APPROVED) {
            job.closedAt = returnedAt;
            List<WorkVersion> approved = WorkVersion.ofJob(job.id, presentation.workVersionIds);
            outbox.record(new CreativeApproved(job.id, job.jobNumber, job.clientId, recorded.id, round,
                    job.includedRounds, refs(approved, presentation.workVersionIds), access.staffId(), returnedAt));
        } else {
            if (job.startRound(round + 1, clock.today())) {
                outbox.record(new RevisionLimitExceeded(job.id, job.jobNumber, job.clientId, job.currentRound,
                        job.includedRounds, clock.now()));
            }
        }
        return jobs.viewAfterChange(job);
    }

    private Decision record(CreativeJob job, DecisionKind kind, String outcome, List<Comment> comments,
                            List<UUID> work, JobStatus next, Instant decidedAt) {
        return record(job, kind, outcome, comments, work, List.of(), next, decidedAt);
    }

    /** The trail is written once (its rows are never updated), so everything an entry says is set before. */
    private Decision record(CreativeJob job, DecisionKind kind, String outcome, List<Comment> comments,
                            List<UUID> work, List<UUID> presenters, JobStatus next, Instant decidedAt) {
        Decision decision = Decision.of(job.id, job.currentRound, kind, outcome, comments, work, job.status, next,
                access.staffId(), decidedAt, null, clock.now());
        decision.presenters = presenters;
        decision.persist();
        job.status = next;
        return decision;
    }

    private static Decision presentationOf(CreativeJob job) {
        return Decision.presentationOf(Decision.trailOf(job.id), job.currentRound)
                .orElseThrow(() -> new WrongState("Round " + job.currentRound + " was never presented",
                        JobRules.allowedNames(job.status)));
    }

    /**
     * When a step happened: now, or an earlier moment the caller names (a meeting recorded afterwards), but never
     * before the job's previous step, so the trail and the turnaround figures stay in order.
     */
    private Instant happenedAt(CreativeJob job, Instant claimed, String field) {
        if (claimed == null) {
            return clock.now();
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
        CommentTargets.check(comments, job.mandatoryIds(), WorkVersion.idsOfJob(job.id));
    }

    private static List<WorkVersionRef> refs(List<WorkVersion> work, Collection<UUID> order) {
        List<UUID> ordered = List.copyOf(order);
        return work.stream().sorted(Comparator.comparingInt(v -> ordered.indexOf(v.id))).map(WorkVersion::ref)
                .toList();
    }
}
