package agency.suits.briefs.work;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.accounts.KnownClient;
import agency.suits.briefs.brief.Brief;
import agency.suits.briefs.brief.BriefCompleteness;
import agency.suits.briefs.brief.BriefService;
import agency.suits.briefs.brief.PlannerSections;
import agency.suits.briefs.jobrequest.JobRequest;
import agency.suits.briefs.jobrequest.JobStatus;
import agency.suits.briefs.schedule.OverdueMilestone;
import agency.suits.briefs.schedule.ScheduleService;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.security.Role;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.work.WorkItem;
import agency.suits.web.work.WorkKind;
import agency.suits.web.work.WorkList;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What waits for the caller in briefs-service now, read from this service's own tables and account copy. Only
 * clients the caller sees are read, so nothing of another team's client can appear. Each kind is cut at
 * {@link #MOST_PER_KIND} items, the oldest first: a work list is what to act on today, not an archive.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkService {

    static final int MOST_PER_KIND = PageRequest.MAX_SIZE;

    @Inject AccountAccess access;
    @Inject Accounts accounts;
    @Inject BriefService briefs;
    @Inject ScheduleService schedules;
    @Inject AgencyClock clock;

    public WorkList mine() {
        Set<Role> roles = access.staff().roles();
        UUID caller = access.staffId();
        Map<UUID, String> names = new HashMap<>();
        List<WorkItem> items = new ArrayList<>();
        for (Brief brief : drafts()) {
            boolean complete = BriefCompleteness.gaps(brief.content).isEmpty();
            Set<UUID> planners = briefs.teamPlanners(brief.clientId);
            boolean plannerSatisfied = PlannerSections.satisfied(planners, brief.plannerConfirmedContent(),
                    brief.content);
            if (BriefsWork.awaitsPlannerSectionsFrom(roles, caller, planners, plannerSatisfied)) {
                items.add(item(WorkKind.BRIEF_SECTIONS_TO_WRITE, brief.clientId, names, briefSubject(brief),
                        "Write or confirm the brief's target audience, insight and proposition.",
                        "/api/briefs/" + brief.id, plannerWaitingSince(brief)));
            } else if (BriefsWork.awaitsApprovalBy(roles, caller, complete, plannerSatisfied, brief.authors())) {
                items.add(item(WorkKind.BRIEF_TO_APPROVE, brief.clientId, names, briefSubject(brief),
                        "Approve the brief: it is complete and you wrote none of it.",
                        "/api/briefs/" + brief.id, latest(brief.lastSavedAt(), brief.plannerConfirmedAt)));
            }
        }
        for (JobRequest job : jobsWithoutBrief()) {
            if (BriefsWork.awaitsBriefFrom(roles, accounts.roleOn(caller, job.clientId), job.status)) {
                items.add(item(WorkKind.JOB_REQUEST_WITHOUT_BRIEF, job.clientId, names,
                        job.jobNumber + " " + job.title, "Write the job's brief with the client.",
                        "/api/job-requests/" + job.id, job.receivedAt));
            }
        }
        if (BriefsWork.seesOverdueMilestones(roles)) {
            PageRequest mostOverdue = new PageRequest(0, MOST_PER_KIND,
                    List.of(new SortOrder("dueOn", SortOrder.Direction.ASC)));
            for (OverdueMilestone due : schedules.overdue(mostOverdue).items()) {
                items.add(item(WorkKind.MILESTONE_OVERDUE, due.clientId(), names,
                        due.jobNumber() + " " + due.name() + ", due " + due.dueOn(),
                        "Agree a new date for the milestone with the team, or record it as met.",
                        "/api/job-requests/" + due.jobRequestId() + "/schedule", startOf(due.dueOn())));
            }
        }
        return new WorkList(items);
    }

    /** Drafts not yet approved, of the clients the caller sees, oldest first. */
    private List<Brief> drafts() {
        ListQuery query = ListQuery.visibleTo(access.visible())
                .andAlways("submittedRevision is null and approvedBy is null", Map.of());
        return Brief.<Brief>find(query.where(), Sort.by("createdAt").and("id"), query.parameters())
                .range(0, MOST_PER_KIND - 1).list();
    }

    private List<JobRequest> jobsWithoutBrief() {
        ListQuery query = ListQuery.visibleTo(access.visible()).and("status", JobStatus.RECEIVED);
        return JobRequest.<JobRequest>find(query.where(), Sort.by("receivedAt").and("id"), query.parameters())
                .range(0, MOST_PER_KIND - 1).list();
    }

    private static String briefSubject(Brief brief) {
        JobRequest job = JobRequest.findById(brief.jobRequestId);
        return job == null ? brief.jobNumber : brief.jobNumber + " " + job.title;
    }

    /**
     * The planner's sections have waited since the brief began if the planner never gave their word, otherwise
     * since the save that changed what they had confirmed (the latest one, near enough).
     */
    private static Instant plannerWaitingSince(Brief brief) {
        return brief.plannerConfirmedRevision == null ? brief.createdAt : brief.lastSavedAt();
    }

    private static Instant latest(Instant one, Instant other) {
        return other == null || one.isAfter(other) ? one : other;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.zone()).toInstant();
    }

    private WorkItem item(WorkKind kind, UUID clientId, Map<UUID, String> names, String subject, String action,
            String link, Instant since) {
        String clientName = names.computeIfAbsent(clientId,
                id -> accounts.client(id).map(KnownClient::name).orElse(null));
        return WorkItem.of(kind, clientId, clientName, subject, action, link, since, clock.today(), clock.zone());
    }
}
