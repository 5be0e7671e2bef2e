package agency.suits.briefs.jobrequest;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.accounts.KnownClient;
import agency.suits.briefs.access.BriefsPermission;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Intake of job requests and the moves of a job's status, scoped to the clients the caller works on. */
@ApplicationScoped
@Transactional
public class JobRequestService {

    /** Clients the agency takes no new work from. */

    @Inject Accounts accounts;
    @Inject AccountAccess access;
    @Inject JobNumbers jobNumbers;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    /** The job number counts in the agency's year (its zone, {@code suits.agency.zone}). */
    public JobRequestView create(NewJobRequest request) {
        access.require(BriefsPermission.LOG_JOB_REQUESTS);
        KnownClient client = accounts.client(request.clientId())
                .filter(known -> access.canSee(known.id()))
                .orElseThrow(() -> NotFoundProblem.of("Client", request.clientId()));
        if (!client.takesNewJobs()) {
            throw new WrongState("Client " + client.code() + " is " + client.status()
                    + "; the agency takes no new work from it");
        }
        Amount budget = request.budgetIndication() == null ? null : request.budgetIndication().toAmount();
        Instant now = clock.now();
        JobRequest job = new JobRequest();
        job.id = UUID.randomUUID();
        job.jobNumber = jobNumbers.next(client.id(), client.code(), clock.year()).toString();
        job.clientId = client.id();
        job.title = request.title();
        job.description = request.description();
        job.requestedDeliverables = new ArrayList<>(request.requestedDeliverables());
        job.wantedBy = request.wantedBy();
        job.budgetIndication(budget);
        job.requestedByContactId = request.requestedByContactId();
        job.channel = request.channel();
        job.status = JobStatus.RECEIVED;
        job.loggedBy = access.staffId();
        job.receivedAt = now;
        job.persistAndFlush();
        outbox.record(new JobRequestReceived(job.id, job.jobNumber, job.clientId, job.title, job.description,
                job.requestedDeliverables, job.wantedBy, budget == null ? null : budget.toWire(),
                job.requestedByContactId, job.channel, job.loggedBy, job.receivedAt));
        return JobRequestView.of(job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobRequestView get(UUID id) {
        return JobRequestView.of(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JobRequestView> list(PageRequest paging, UUID clientId, JobStatus status) {
        ListQuery query = ListQuery.visibleTo(access.visible()).and("clientId", clientId).and("status", status);
        return ListQuery.page(JobRequest.<JobRequest>find(query.where(), query.sort(paging), query.parameters()),
                paging).map(JobRequestView::of);
    }

    public JobRequestView changeStatus(UUID id, IfMatch ifMatch, StatusChange change) {
        JobRequest job = lockVisible(id);
        access.require(BriefsPermission.CHANGE_JOB_STATUS);
        ifMatch.verify(job.version);
        List<String> manual = job.status.manualNext().stream().map(Enum::name).toList();
        if (job.status.canMoveTo(change.status()) && !manual.contains(change.status().name())) {
            throw new WrongState("Job " + job.jobNumber + " moves from " + job.status + " to " + change.status()
                    + " through its brief (submission or withdrawal), so that creative hears of it", manual);
        }
        if (!job.status.canMoveTo(change.status())) {
            throw new WrongState("Job " + job.jobNumber + " is " + job.status + " and cannot move to "
                    + change.status(), manual);
        }
        job.moveTo(change.status());
        job.flush();
        return JobRequestView.of(job);
    }

    /** The job, if the caller may see its client; otherwise it does not exist for them (404). */
    public JobRequest visible(UUID id) {
        return visible(id, LockModeType.NONE);
    }

    /** The job locked for a change, if the caller may see its client (404 otherwise). */
    public JobRequest lockVisible(UUID id) {
        return visible(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private JobRequest visible(UUID id, LockModeType lock) {
        JobRequest job = JobRequest.findById(id, lock);
        access.requireVisible(job == null ? null : job.clientId, "Job request", id);
        return job;
    }
}
