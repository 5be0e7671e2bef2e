package agency.suits.briefs.jobrequest;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.accounts.KnownClient;
import agency.suits.security.VisibleClients;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.events.clients.ClientStatus;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.web.IfMatch;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.paging.SortOrder;
import agency.suits.domain.WrongState;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Intake of job requests and the moves of a job's status, scoped to the clients the caller works on. */
@ApplicationScoped
@Transactional
public class JobRequestService {

    /** Coordinators draft job requests; planners, creatives, finance, traffic and admins do not log them. */
    static final Set<Role> INTAKE = EnumSet.of(Role.ACCOUNT_COORDINATOR, Role.ACCOUNT_EXECUTIVE,
            Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR);
    /** Cancelling or moving a job is a decision, which coordinators leave to the account people above them. */
    static final Set<Role> STATUS_CHANGERS = EnumSet.of(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR,
            Role.ACCOUNT_DIRECTOR);
    /** Clients the agency takes no new work from. */
    private static final Set<ClientStatus> CLOSED_CLIENTS = EnumSet.of(ClientStatus.PAUSED, ClientStatus.CHURNED);
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "receivedAt", "receivedAt", "wantedBy", "wantedBy", "jobNumber", "jobNumber");

    private final Accounts accounts;
    private final AccountAccess access;
    private final CurrentStaff staff;
    private final JobNumbers jobNumbers;
    private final Outbox outbox;

    JobRequestService(Accounts accounts, AccountAccess access, CurrentStaff staff, JobNumbers jobNumbers,
                      Outbox outbox) {
        this.accounts = accounts;
        this.access = access;
        this.staff = staff;
        this.jobNumbers = jobNumbers;
        this.outbox = outbox;
    }

    public JobRequestView create(NewJobRequest request) {
        requireAnyRole(INTAKE, "log job requests");
        KnownClient client = accounts.client(request.clientId())
                .filter(known -> access.canSee(known.id()))
                .orElseThrow(() -> NotFoundProblem.of("Client", request.clientId()));
        if (CLOSED_CLIENTS.contains(client.status())) {
            throw new WrongState("Client " + client.code() + " is " + client.status()
                    + "; the agency takes no new work from it");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        JobRequest job = new JobRequest();
        job.id = UUID.randomUUID();
        job.jobNumber = jobNumbers.next(client.id(), client.code(), now.atZone(ZoneOffset.UTC).getYear()).toString();
        job.clientId = client.id();
        job.title = request.title();
        job.description = request.description();
        job.requestedDeliverables = new ArrayList<>(request.requestedDeliverables());
        job.wantedBy = request.wantedBy();
        job.budgetIndication(request.budgetIndication());
        job.requestedByContactId = request.requestedByContactId();
        job.channel = request.channel();
        job.status = JobStatus.RECEIVED;
        job.loggedBy = staff.id();
        job.receivedAt = now;
        job.persistAndFlush();
        outbox.record(new JobRequestReceived(job.id, job.jobNumber, job.clientId, job.title, job.description,
                job.requestedDeliverables, job.wantedBy, job.budgetIndication(), job.requestedByContactId,
                job.channel, job.loggedBy, job.receivedAt));
        return JobRequestView.of(job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public JobRequestView get(UUID id) {
        return JobRequestView.of(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JobRequestView> list(PageRequest paging, UUID clientId, JobStatus status) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        VisibleClients visible = access.visible();
        if (!visible.all()) {
            if (visible.ids().isEmpty()) {
                return Page.of(List.of(), paging, 0);
            }
            query.append(" and clientId in :visible");
            parameters.and("visible", visible.ids());
        }
        if (clientId != null) {
            query.append(" and clientId = :clientId");
            parameters.and("clientId", clientId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        var found = JobRequest.<JobRequest>find(query.toString(), sort(paging), parameters.map());
        long total = found.count();
        List<JobRequestView> items = found.range((int) paging.offset(), (int) paging.offset() + paging.size() - 1)
                .list().stream().map(JobRequestView::of).toList();
        return Page.of(items, paging, total);
    }

    public JobRequestView changeStatus(UUID id, IfMatch ifMatch, StatusChange change) {
        requireAnyRole(STATUS_CHANGERS, "change the status of a job");
        JobRequest job = visible(id);
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
        moveTo(job, change.status());
        job.flush();
        return JobRequestView.of(job);
    }

    /** The one place a job changes status, for the status endpoint and for briefs and creative events alike. */
    public static void moveTo(JobRequest job, JobStatus target) {
        if (!job.status.canMoveTo(target)) {
            throw new WrongState("Job " + job.jobNumber + " is " + job.status + " and cannot move to " + target,
                    job.status.next().stream().map(Enum::name).toList());
        }
        job.status = target;
    }

    /** The job, if the caller may see its client; otherwise it does not exist for them. */
    public JobRequest visible(UUID id) {
        JobRequest job = JobRequest.findById(id);
        if (job == null || !access.canSee(job.clientId)) {
            throw NotFoundProblem.of("Job request", id);
        }
        return job;
    }

    private void requireAnyRole(Set<Role> roles, String what) {
        if (!staff.hasAnyRole(roles.toArray(Role[]::new))) {
            throw new NotPermitted("Only " + roles + " may " + what);
        }
    }

    private static Sort sort(PageRequest paging) {
        Sort sort = null;
        for (SortOrder order : paging.sort()) {
            Sort.Direction direction = order.direction() == SortOrder.Direction.ASC
                    ? Sort.Direction.Ascending : Sort.Direction.Descending;
            String column = SORT_COLUMNS.get(order.field());
            sort = sort == null ? Sort.by(column, direction) : sort.and(column, direction);
        }
        return (sort == null ? Sort.by("receivedAt", Sort.Direction.Descending) : sort).and("id");
    }
}
