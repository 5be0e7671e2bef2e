package agency.suits.creative.job;

import agency.suits.accounts.AccountAccess;
import agency.suits.creative.access.CreativePermission;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.creative.CreativeJobOpened;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

/**
 * Opens jobs from submitted briefs, cancels them on withdrawal, lists them and assigns creatives; and, for the
 * round, work and trail services, finds a job the caller may see and locks it for a change.
 */
@ApplicationScoped
@Transactional
public class CreativeJobService {

    private static final Logger LOG = Logger.getLogger(CreativeJobService.class);
    private static final List<JobStatus> FINAL = List.of(JobStatus.APPROVED, JobStatus.CANCELLED);

    @Inject AccountAccess access;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    /** Exactly one job per job number, however often the brief arrives (a redelivery, a replayed topic). */
    public void open(BriefSubmitted brief) {
        Optional<CreativeJob> existing = CreativeJob.lockedByJobNumber(brief.jobNumber());
        if (existing.isPresent()) {
            if (JobRules.reopens(existing.get().status)) {
                reopen(existing.get(), brief);
            } else {
                LOG.infof("Job %s already has a creative job; brief %s v%d is not opened again", brief.jobNumber(),
                        brief.briefId(), brief.briefVersion());
            }
            return;
        }
        Instant now = clock.now();
        CreativeJob job = new CreativeJob();
        job.id = UUID.randomUUID();
        job.jobNumber = brief.jobNumber();
        job.clientId = brief.clientId();
        takeBrief(job, brief);
        boolean outOfScope = job.startRound(1, clock.today());
        job.status = JobStatus.IN_WORK;
        job.openedAt = now;
        job.persistAndFlush();
        outbox.record(new CreativeJobOpened(job.id, job.jobNumber, job.clientId, job.briefId, job.briefVersion,
                job.includedRounds, now));
        if (outOfScope) {
            outbox.record(new RevisionLimitExceeded(job.id, job.jobNumber, job.clientId, job.currentRound,
                    job.includedRounds, now));
        }
    }

    /**
     * The brief of a cancelled job submitted again: the job takes the new brief, budget and included rounds and goes
     * back to work where it stood; the trail says so, and CreativeJobOpened announces the job open again.
     */
    private void reopen(CreativeJob job, BriefSubmitted brief) {
        Instant now = clock.now();
        JobStatus before = job.status;
        job.status = JobRules.afterReopening(before);
        job.closedAt = null;
        takeBrief(job, brief);
        Decision.of(job.id, job.currentRound, DecisionKind.REOPENING, "REOPENED", List.of(), List.of(), before,
                job.status, brief.submittedBy(), brief.submittedAt(),
                "brief " + brief.briefId() + " v" + brief.briefVersion() + " submitted again", now).persist();
        changed(job);
        outbox.record(new CreativeJobOpened(job.id, job.jobNumber, job.clientId, job.briefId, job.briefVersion,
                job.includedRounds, now));
    }

    private static void takeBrief(CreativeJob job, BriefSubmitted brief) {
        job.briefId = brief.briefId();
        job.briefVersion = brief.briefVersion();
        job.title = brief.brief().title();
        job.brief = brief.brief();
        job.budgetAmount = brief.budget().amount();
        job.budgetCurrency = brief.budget().currency();
        job.includedRounds = brief.includedRevisionRounds();
        job.dueOn = ScheduleService.dueOn(brief.jobNumber(), CreativeJob.dueOn(brief.brief()));
    }

    /** A withdrawn brief cancels its job unless the client has already approved the work. */
    public void withdraw(BriefWithdrawn withdrawn) {
        CreativeJob job = CreativeJob.lockedByJobNumber(withdrawn.jobNumber()).orElse(null);
        if (job == null || job.status.isFinal()) {
            LOG.infof("Brief of job %s withdrawn; no open creative job to cancel", withdrawn.jobNumber());
            return;
        }
        JobStatus before = job.status;
        job.status = JobRules.afterCancellation(before);
        job.closedAt = withdrawn.withdrawnAt();
        Decision.of(job.id, job.currentRound, DecisionKind.CANCELLATION, "CANCELLED", List.of(), List.of(), before,
                job.status, withdrawn.withdrawnBy(), withdrawn.withdrawnAt(), withdrawn.reason(), clock.now())
                .persist();
        changed(job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JobSummary> list(JobFilter filter, PageRequest paging) {
        LocalDate today = clock.today();
        ListQuery query = ListQuery.visibleTo(access.visible())
                .and("jobNumber", filter.jobNumber())
                .and("clientId", filter.clientId())
                .and("status", filter.status())
                .and(":assignee member of assignees", "assignee", filter.assignee());
        if (filter.overdue() != null) {
            query.andAlways(filter.overdue()
                    ? "dueOn < :today and status not in :finals"
                    : "dueOn >= :today or status in :finals", Map.of("today", today, "finals", FINAL));
        }
        return ListQuery.page(CreativeJob.<CreativeJob>find(query.where(), query.sort(paging), query.parameters()),
                paging).map(job -> JobViews.summary(job, today));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobView get(UUID id) {
        return view(visible(id));
    }

    /** The creative director puts a creative on the job; the trail records who was assigned by whom. */
    public JobView assign(UUID id, IfMatch ifMatch, UUID creative) {
        CreativeJob job = lockForStep(id, CreativePermission.ASSIGN_CREATIVES, ifMatch, JobAction.ASSIGN);
        if (job.assignees.add(creative)) {
            Instant now = clock.now();
            Decision.of(job.id, job.currentRound, DecisionKind.ASSIGNMENT, "ASSIGNED", List.of(), List.of(),
                    job.status, job.status, access.staffId(), now, "assigned " + creative, now).persist();
        }
        return viewAfterChange(job);
    }

    /** The job if the caller may see it; 404 for unknown jobs and for jobs of clients the caller is not on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CreativeJob visible(UUID id) {
        CreativeJob job = CreativeJob.<CreativeJob>findByIdOptional(id).orElse(null);
        access.requireVisible(job == null ? null : job.clientId, "Creative job", id);
        return job;
    }

    /**
     * The visible job, its row locked until the transaction ends, so that changes of one job run one after the
     * other and the checks of the second see what the first did. The caller checks its permission and If-Match on
     * it, changes it and ends with {@link #changed} or {@link #viewAfterChange}.
     */
    public CreativeJob lockVisible(UUID id) {
        CreativeJob job = CreativeJob.locked(id).orElse(null);
        access.requireVisible(job == null ? null : job.clientId, "Creative job", id);
        return job;
    }

    /**
     * The job for a step that moves it on, checked in the order of docs/architecture.md: the job must be there for
     * the caller (404), their role must own the step (403), the job must be the one they read (If-Match: 412), and
     * its state must allow the step (409 with allowedActions). The step's own rules come after.
     */
    public CreativeJob lockForStep(UUID id, CreativePermission permission, IfMatch ifMatch, JobAction step) {
        CreativeJob job = lockVisible(id);
        access.require(permission);
        ifMatch.verify(job.version);
        JobRules.require(job.status, step);
        return job;
    }

    /**
     * Every change of a job moves its version, and so its ETag, even one that only adds a row beside it (a decision,
     * a work version): the job as the API shows it is no longer the one a client read.
     */
    public void changed(CreativeJob job) {
        CreativeJob.getEntityManager().lock(job, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** The job after a change, with its new version for the ETag. */
    public JobView viewAfterChange(CreativeJob job) {
        changed(job);
        CreativeJob.getEntityManager().flush();
        return view(job);
    }

    private JobView view(CreativeJob job) {
        return JobViews.detail(job, Decision.trailOf(job.id), access.staff().seesMoney(), clock.today());
    }
}
