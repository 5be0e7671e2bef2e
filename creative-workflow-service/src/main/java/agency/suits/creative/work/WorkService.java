package agency.suits.creative.work;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.accounts.KnownClient;
import agency.suits.creative.job.CreativeJob;
import agency.suits.creative.job.Decision;
import agency.suits.creative.job.JobAction;
import agency.suits.creative.job.JobStatus;
import agency.suits.creative.version.WorkVersion;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.security.Role;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.work.WorkItem;
import agency.suits.web.work.WorkKind;
import agency.suits.web.work.WorkList;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The creative steps that wait for the caller now, over the open jobs of the clients they see, the longest-waiting
 * first and at most {@link #MOST} of them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkService {

    static final int MOST = PageRequest.MAX_SIZE;

    private static final List<JobStatus> WAITING = List.of(JobStatus.IN_WORK, JobStatus.STRATEGY_CHECK,
            JobStatus.READY_TO_PRESENT, JobStatus.WITH_CLIENT);

    @Inject AccountAccess access;
    @Inject Accounts accounts;
    @Inject AgencyClock clock;

    public WorkList mine() {
        Set<Role> roles = access.staff().roles();
        UUID caller = access.staffId();
        ListQuery query = ListQuery.visibleTo(access.visible()).andAlways("status in :waiting",
                Map.of("waiting", WAITING));
        List<WorkItem> items = new ArrayList<>();
        for (CreativeJob job : CreativeJob.<CreativeJob>find(query.where(), Sort.by("openedAt").and("id"),
                query.parameters()).list()) {
            Optional<Instant> latestWork = latestWorkInRound(job);
            Optional<JobAction> step = CreativeWork.stepWaitingFor(job.status, latestWork.isPresent(), roles,
                    accounts.roleOn(caller, job.clientId));
            if (step.isPresent()) {
                items.add(item(job, step.get(), latestWork));
            }
            if (items.size() == MOST) {
                break;
            }
        }
        return new WorkList(items);
    }

    private WorkItem item(CreativeJob job, JobAction step, Optional<Instant> latestWork) {
        Instant since = enteredStatusAt(job);
        // a review reviews the work as it is: it waits from the latest version on, not from when the round began
        if (step == JobAction.INTERNAL_REVIEW && latestWork.isPresent() && latestWork.get().isAfter(since)) {
            since = latestWork.get();
        }
        String round = "round " + job.currentRound;
        WorkKind kind;
        String action;
        switch (step) {
            case INTERNAL_REVIEW -> {
                kind = WorkKind.INTERNAL_REVIEW;
                action = "Review the " + round + " work internally: approve it or send it back.";
            }
            case STRATEGY_CHECK -> {
                kind = WorkKind.STRATEGY_CHECK;
                action = "Check the " + round + " work against the brief's strategy.";
            }
            case PRESENT -> {
                kind = WorkKind.PRESENTATION;
                action = "Present the " + round + " work to the client.";
            }
            default -> {
                kind = WorkKind.FEEDBACK_TO_RECORD;
                action = "Record the client's consolidated feedback on the " + round + " work.";
            }
        }
        String clientName = accounts.client(job.clientId).map(KnownClient::name).orElse(null);
        return WorkItem.of(kind, job.clientId, clientName, job.jobNumber + " " + job.title, action,
                "/api/creative-jobs/" + job.id, since, clock.today(), clock.zone());
    }

    private static Optional<Instant> latestWorkInRound(CreativeJob job) {
        return WorkVersion.<WorkVersion>find("jobId = ?1 and round = ?2", Sort.descending("createdAt"), job.id,
                job.currentRound).firstResultOptional().map(version -> version.createdAt);
    }

    /** When the job's last step put it where it is; a job nobody has acted on has waited since it opened. */
    private static Instant enteredStatusAt(CreativeJob job) {
        return Decision.<Decision>find("jobId = ?1 and statusAfter = ?2 and statusBefore <> ?2",
                        Sort.descending("recordedAt"), job.id, job.status)
                .firstResultOptional().map(decision -> decision.recordedAt).orElse(job.openedAt);
    }
}
