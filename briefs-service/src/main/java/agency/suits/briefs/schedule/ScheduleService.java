package agency.suits.briefs.schedule;

import agency.suits.accounts.AccountAccess;
import agency.suits.security.VisibleClients;
import agency.suits.briefs.BriefsConfig;
import agency.suits.briefs.jobrequest.JobRequest;
import agency.suits.briefs.jobrequest.JobRequestService;
import agency.suits.briefs.jobrequest.JobStatus;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.domain.WrongState;
import agency.suits.domain.Violation;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Job schedules. Traffic works across the agency (they schedule every account's jobs), so they see and set any
 * job's schedule; everybody else only those of the clients whose team they are on.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    private final JobRequestService jobs;
    private final AccountAccess access;
    private final CurrentStaff staff;
    private final BriefsConfig config;
    private final EntityManager entityManager;

    ScheduleService(JobRequestService jobs, AccountAccess access, CurrentStaff staff, BriefsConfig config,
                    EntityManager entityManager) {
        this.jobs = jobs;
        this.access = access;
        this.staff = staff;
        this.config = config;
        this.entityManager = entityManager;
    }

    /** In a transaction of its own: the milestones are a lazy collection, read while building the view. */
    public ScheduleView get(UUID jobId) {
        return ScheduleView.of(job(jobId), config.today());
    }

    public ScheduleView set(UUID jobId, IfMatch ifMatch, NewSchedule schedule) {
        if (!staff.hasAnyRole(Role.TRAFFIC, Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR)) {
            throw new NotPermitted("Only traffic or the account executive (or those above them) set schedules");
        }
        JobRequest job = job(jobId);
        ifMatch.verify(job.version);
        if (job.status.isClosed()) {
            throw new WrongState("Job " + job.jobNumber + " is " + job.status + "; its schedule is closed");
        }
        LocalDate today = config.today();
        List<Violation> violations = ScheduleRules.violations(job.schedule, schedule.milestones(), today);
        if (!violations.isEmpty()) {
            throw new RuleBroken("The schedule cannot be set: " + String.join("; ",
                    violations.stream().map(error -> error.field() + " " + error.message()).toList()), violations);
        }
        job.schedule.clear();
        job.schedule.addAll(ScheduleRules.ordered(schedule.milestones()));
        job.flush();
        return ScheduleView.of(job, today);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OverdueMilestone> overdue(PageRequest paging) {
        VisibleClients visible = staff.hasRole(Role.TRAFFIC) ? VisibleClients.everyClient() : access.visible();
        if (!visible.all() && visible.ids().isEmpty()) {
            return Page.of(List.of(), paging, 0);
        }
        LocalDate today = config.today();
        String from = " from JobRequest j join j.schedule m where m.completedOn is null and m.dueOn < :today"
                + " and j.status not in (:closed)" + (visible.all() ? "" : " and j.clientId in :visible");
        TypedQuery<Object[]> rows = entityManager.createQuery(
                "select j.id, j.jobNumber, j.clientId, m.name, m.dueOn" + from + " order by m.dueOn, j.jobNumber",
                Object[].class);
        TypedQuery<Long> count = entityManager.createQuery("select count(m)" + from, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("today", today);
            query.setParameter("closed", List.of(JobStatus.COMPLETED, JobStatus.CANCELLED));
            if (!visible.all()) {
                query.setParameter("visible", visible.ids());
            }
        }
        List<OverdueMilestone> items = rows.setFirstResult((int) paging.offset()).setMaxResults(paging.size())
                .getResultList().stream()
                .map(row -> new OverdueMilestone((UUID) row[0], (String) row[1], (UUID) row[2], (String) row[3],
                        (LocalDate) row[4], ChronoUnit.DAYS.between((LocalDate) row[4], today)))
                .toList();
        return Page.of(items, paging, count.getSingleResult());
    }

    private JobRequest job(UUID jobId) {
        if (staff.hasRole(Role.TRAFFIC)) {
            JobRequest job = JobRequest.findById(jobId);
            if (job == null) {
                throw NotFoundProblem.of("Job request", jobId);
            }
            return job;
        }
        return jobs.visible(jobId);
    }
}
