package agency.suits.briefs.schedule;

import agency.suits.accounts.AccountAccess;
import agency.suits.briefs.access.BriefsPermission;
import agency.suits.briefs.jobrequest.JobRequest;
import agency.suits.briefs.jobrequest.JobRequestService;
import agency.suits.briefs.jobrequest.JobStatus;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.WrongState;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.briefs.Milestone;
import agency.suits.events.briefs.ScheduleChanged;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.security.VisibleClients;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Job schedules. Traffic works across the agency (they schedule every account's jobs), so they see and set any
 * job's schedule; everybody else only those of the clients whose team they are on.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    /** Sort keys of the overdue list, over the query's job {@code j} and milestone {@code m}. */
    private static final Map<String, String> OVERDUE_SORT = Map.of("dueOn", "m.dueOn");

    @Inject JobRequestService jobs;
    @Inject AccountAccess access;
    @Inject AgencyClock clock;
    @Inject Outbox outbox;

    /** In a transaction of its own: the milestones are a lazy collection, read while building the view. */
    public ScheduleView get(UUID jobId) {
        return ScheduleView.of(job(jobId, LockModeType.NONE), clock.today());
    }

    public ScheduleView set(UUID jobId, IfMatch ifMatch, NewSchedule schedule) {
        JobRequest job = job(jobId, LockModeType.PESSIMISTIC_WRITE);
        access.require(BriefsPermission.SET_SCHEDULES);
        ifMatch.verify(job.version);
        if (job.status.isClosed()) {
            throw new WrongState("Job " + job.jobNumber + " is " + job.status + "; its schedule is closed");
        }
        LocalDate today = clock.today();
        List<Violation> violations = ScheduleRules.violations(job.schedule, schedule.milestones(), today);
        if (!violations.isEmpty()) {
            throw new RuleBroken("The schedule cannot be set: " + String.join("; ",
                    violations.stream().map(error -> error.field() + " " + error.message()).toList()), violations);
        }
        job.schedule.clear();
        job.schedule.addAll(ScheduleRules.ordered(schedule.milestones()));
        // creative's due date for the job follows the schedule (docs/briefs-service.md)
        outbox.record(new ScheduleChanged(job.id, job.jobNumber, job.clientId, job.schedule.stream()
                .map(milestone -> new Milestone(milestone.name, milestone.dueOn)).toList(), access.staffId(),
                clock.now()));
        job.flush();
        return ScheduleView.of(job, today);
    }

    /** Most overdue first, across the jobs the caller sees; traffic sees every job's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OverdueMilestone> overdue(PageRequest paging) {
        VisibleClients visible = access.holds(BriefsPermission.SCHEDULE_EVERY_JOB) ? VisibleClients.everyClient()
                : access.visible();
        LocalDate today = clock.today();
        ListQuery query = ListQuery.visibleTo(visible, "j.clientId")
                .andAlways("m.completedOn is null and m.dueOn < :today and j.status not in :closed",
                        Map.of("today", today, "closed", List.of(JobStatus.COMPLETED, JobStatus.CANCELLED)))
                .sortingBy(OVERDUE_SORT);
        PanacheQuery<OverdueMilestone.Due> rows = JobRequest.find("select j.id, j.jobNumber, j.clientId, m.name,"
                        + " m.dueOn from JobRequest j join j.schedule m where " + query.where(), query.sort(paging),
                        query.parameters())
                .project(OverdueMilestone.Due.class);
        long total = rows.count();
        List<OverdueMilestone> items = total == 0 ? List.of()
                : rows.range((int) paging.offset(), (int) paging.offset() + paging.size() - 1).list().stream()
                .map(due -> OverdueMilestone.of(due, today)).toList();
        return Page.of(items, paging, total);
    }

    /** Traffic may reach every job's schedule; everybody else the jobs of the clients they see (404 otherwise). */
    private JobRequest job(UUID jobId, LockModeType lock) {
        if (!access.holds(BriefsPermission.SCHEDULE_EVERY_JOB)) {
            return lock == LockModeType.NONE ? jobs.visible(jobId) : jobs.lockVisible(jobId);
        }
        JobRequest job = JobRequest.findById(jobId, lock);
        if (job == null) {
            throw NotFoundProblem.of("Job request", jobId);
        }
        return job;
    }
}
