package agency.suits.creative.job;

import agency.suits.creative.access.JobScope;
import agency.suits.creative.access.Viewer;
import agency.suits.creative.trail.Decision;
import agency.suits.creative.trail.DecisionKind;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.creative.CreativeJobOpened;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.security.Role;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Opens jobs from submitted briefs, cancels them on withdrawal, lists them and assigns creatives. */
@ApplicationScoped
@Transactional
public class CreativeJobs {

    private static final Logger LOG = Logger.getLogger(CreativeJobs.class);

    @Inject
    Outbox outbox;

    @Inject
    Viewer viewer;

    /** Exactly one job per job number, however often the brief arrives (a redelivery, a replayed topic). */
    public void open(BriefSubmitted brief) {
        if (CreativeJob.byJobNumber(brief.jobNumber()).isPresent()) {
            LOG.infof("Job %s already has a creative job; brief %s v%d is not opened again", brief.jobNumber(),
                    brief.briefId(), brief.briefVersion());
            return;
        }
        Instant now = Instant.now();
        CreativeJob job = new CreativeJob();
        job.id = UUID.randomUUID();
        job.jobNumber = brief.jobNumber();
        job.clientId = brief.clientId();
        job.briefId = brief.briefId();
        job.briefVersion = brief.briefVersion();
        job.title = brief.brief().title();
        job.brief = brief.brief();
        job.budgetAmount = brief.budget().amount();
        job.budgetCurrency = brief.budget().currency();
        job.includedRounds = brief.includedRevisionRounds();
        job.currentRound = 1;
        job.status = JobStatus.IN_WORK;
        job.dueOn = CreativeJob.dueOn(brief.brief());
        job.openedAt = now;
        job.persistAndFlush();
        outbox.record(new CreativeJobOpened(job.id, job.jobNumber, job.clientId, job.briefId, job.briefVersion,
                job.includedRounds, now));
        if (RoundRules.outOfScope(job.currentRound, job.includedRounds)) {
            outbox.record(new RevisionLimitExceeded(job.id, job.jobNumber, job.clientId, job.currentRound,
                    job.includedRounds, now));
        }
    }

    /** A withdrawn brief cancels its job unless the client has already approved the work. */
    public void withdraw(BriefWithdrawn withdrawn) {
        CreativeJob job = CreativeJob.byJobNumber(withdrawn.jobNumber()).orElse(null);
        if (job == null || job.status.isFinal()) {
            LOG.infof("Brief of job %s withdrawn; no open creative job to cancel", withdrawn.jobNumber());
            return;
        }
        lock(job);
        JobStatus before = job.status;
        job.status = JobRules.afterCancellation(before);
        job.closedAt = withdrawn.withdrawnAt();
        Decision.of(job.id, job.currentRound, DecisionKind.CANCELLATION, "CANCELLED", List.of(), List.of(), before,
                job.status, withdrawn.withdrawnBy(), withdrawn.withdrawnAt(), withdrawn.reason(), Instant.now())
                .persist();
    }

    public Page<JobSummary> list(JobFilter filter, PageRequest paging) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        JobScope scope = viewer.scope();
        if (!scope.all()) {
            if (scope.clientIds().isEmpty()) {
                return Page.of(List.of(), paging, 0);
            }
            where.add("clientId in :visible");
            parameters.and("visible", scope.clientIds());
        }
        if (filter.jobNumber() != null) {
            where.add("jobNumber = :jobNumber");
            parameters.and("jobNumber", filter.jobNumber());
        }
        if (filter.clientId() != null) {
            where.add("clientId = :clientId");
            parameters.and("clientId", filter.clientId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.assignee() != null) {
            where.add(":assignee member of assignees");
            parameters.and("assignee", filter.assignee());
        }
        if (filter.overdue() != null) {
            where.add(filter.overdue()
                    ? "(dueOn < :today and status not in :finals)"
                    : "(dueOn >= :today or status in :finals)");
            parameters.and("today", today).and("finals", List.of(JobStatus.APPROVED, JobStatus.CANCELLED));
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = CreativeJob.<CreativeJob>find(query, sort(paging), parameters.map());
        long total = found.count();
        List<JobSummary> items = found.range((int) paging.offset(), (int) paging.offset() + paging.size() - 1)
                .list().stream().map(job -> JobViews.summary(job, today)).toList();
        return Page.of(items, paging, total);
    }

    public JobView get(UUID id) {
        CreativeJob job = visible(id);
        return view(job);
    }

    /** The creative director puts a creative on the job; the trail records who was assigned by whom. */
    public JobView assign(UUID id, UUID creative) {
        viewer.requireRole("assign creatives to a job", Role.CREATIVE_DIRECTOR);
        CreativeJob job = forChange(id);
        JobRules.require(job.status, JobAction.ASSIGN);
        if (job.assignees.add(creative)) {
            Instant now = Instant.now();
            Decision.of(job.id, job.currentRound, DecisionKind.ASSIGNMENT, "ASSIGNED", List.of(), List.of(),
                    job.status, job.status, viewer.id(), now, "assigned " + creative, now).persist();
        }
        return viewAfterChange(job);
    }

    /** The job if the caller may see it; 404 for unknown jobs and for jobs of clients the caller is not on. */
    public CreativeJob visible(UUID id) {
        CreativeJob job = CreativeJob.<CreativeJob>findByIdOptional(id)
                .orElseThrow(() -> NotFoundProblem.of("Creative job", id));
        viewer.requireVisible(id, job.clientId);
        return job;
    }

    /**
     * The visible job, locked and its version raised at once: actions on one job run one after the other, so the
     * state check of the second sees the first's result, and the new ETag is known before the view is built.
     */
    public CreativeJob forChange(UUID id) {
        CreativeJob job = visible(id);
        lock(job);
        return job;
    }

    public JobView viewAfterChange(CreativeJob job) {
        CreativeJob.getEntityManager().flush();
        return view(job);
    }

    private static void lock(CreativeJob job) {
        CreativeJob.getEntityManager().lock(job, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public JobView view(CreativeJob job) {
        return JobViews.detail(job, Decision.trailOf(job.id), viewer.seesMoney(), LocalDate.now(ZoneOffset.UTC));
    }

    private static Sort sort(PageRequest paging) {
        Sort sort = null;
        for (SortOrder order : paging.sort()) {
            Sort.Direction direction = order.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
            sort = sort == null ? Sort.by(order.field(), direction) : sort.and(order.field(), direction);
        }
        return sort == null ? Sort.by("openedAt", Sort.Direction.Descending) : sort.and("id");
    }
}
