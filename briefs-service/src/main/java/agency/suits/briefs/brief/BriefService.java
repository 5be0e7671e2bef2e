package agency.suits.briefs.brief;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.accounts.CurrentContract;
import agency.suits.accounts.KnownClient;
import agency.suits.briefs.jobrequest.JobRequest;
import agency.suits.briefs.jobrequest.JobRequestService;
import agency.suits.briefs.jobrequest.JobStatus;
import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.briefs.Deliverable;
import agency.suits.events.briefs.Mandatory;
import agency.suits.events.briefs.Milestone;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.security.CurrentStaff;
import agency.suits.security.Role;
import agency.suits.web.IfMatch;
import agency.suits.domain.WrongState;
import agency.suits.domain.Violation;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.InvalidParameterProblem;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Writing, versioning, approving, submitting and withdrawing the brief of a job. */
@ApplicationScoped
@Transactional
public class BriefService {

    private final JobRequestService jobs;
    private final Accounts accounts;
    private final AccountAccess access;
    private final CurrentStaff staff;
    private final Outbox outbox;

    BriefService(JobRequestService jobs, Accounts accounts, AccountAccess access, CurrentStaff staff, Outbox outbox) {
        this.jobs = jobs;
        this.accounts = accounts;
        this.access = access;
        this.staff = staff;
        this.outbox = outbox;
    }

    public BriefView create(NewBrief request) {
        requireWriter();
        JobRequest job = jobs.visible(request.jobRequestId());
        // two colleagues starting the brief at once: the second waits here, then finds the first one's brief
        JobRequest.getEntityManager().refresh(job, LockModeType.PESSIMISTIC_WRITE);
        if (Brief.count("jobRequestId", job.id) > 0) {
            throw new WrongState("Job " + job.jobNumber + " already has a brief; edit that one");
        }
        if (job.status != JobStatus.RECEIVED && job.status != JobStatus.BRIEFING) {
            throw new WrongState("Job " + job.jobNumber + " is " + job.status + "; only a job being received"
                    + " or briefed gets a brief");
        }
        BriefContent content = (request.content() == null ? BriefContent.empty() : request.content()).withIds();
        Set<Section> written = BriefDiff.changedSections(BriefContent.empty(), content);
        requireMayWrite(written);
        Instant now = now();
        Brief brief = new Brief();
        brief.id = UUID.randomUUID();
        brief.jobRequestId = job.id;
        brief.clientId = job.clientId;
        brief.jobNumber = job.jobNumber;
        brief.content = content;
        brief.revision = 1;
        brief.createdBy = staff.id();
        brief.createdAt = now;
        brief.persist();
        saveVersion(brief, written, now);
        if (job.status == JobStatus.RECEIVED) {
            JobRequestService.moveTo(job, JobStatus.BRIEFING);
        }
        brief.flush();
        return BriefView.of(brief);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BriefView get(UUID id) {
        return BriefView.of(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BriefView ofJob(UUID jobRequestId) {
        JobRequest job = jobs.visible(jobRequestId);
        Brief brief = Brief.<Brief>find("jobRequestId", job.id).firstResultOptional()
                .orElseThrow(() -> new NotFoundProblem("Job request " + jobRequestId + " has no brief yet"));
        return BriefView.of(brief);
    }

    /** Saves the sections as a new revision; only the sections that changed are checked against the caller's roles. */
    public BriefView save(UUID id, IfMatch ifMatch, BriefContent sent) {
        requireWriter();
        Brief brief = visible(id);
        ifMatch.verify(brief.version);
        if (brief.submittedRevision != null) {
            throw new WrongState("Revision " + brief.submittedRevision + " of this brief is submitted and frozen;"
                    + " withdraw it before changing it", "withdraw");
        }
        BriefContent content = sent.withIdsFrom(brief.content);
        Set<Section> changed = BriefDiff.changedSections(brief.content, content);
        if (changed.isEmpty()) {
            return BriefView.of(brief);
        }
        requireMayWrite(changed);
        Instant now = now();
        brief.content = content;
        brief.revision++;
        brief.dropApproval();
        // the brief's versioned update first: of two saves of the same version the later one fails here (412)
        // instead of on the revision's primary key
        brief.flush();
        saveVersion(brief, changed, now);
        brief.flush();
        return BriefView.of(brief);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BriefVersionView> versions(UUID id) {
        Brief brief = visible(id);
        return BriefVersion.<BriefVersion>list("key.briefId = ?1 order by key.revision", brief.id).stream()
                .map(BriefVersionView::summary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BriefVersionView version(UUID id, int revision) {
        return BriefVersionView.whole(revision(visible(id), revision, "revision"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BriefVersionDiff diff(UUID id, Integer from, Integer to) {
        if (from == null) {
            throw new InvalidParameterProblem("from", "is required: the revision to compare from");
        }
        if (to == null) {
            throw new InvalidParameterProblem("to", "is required: the revision to compare to");
        }
        Brief brief = visible(id);
        BriefContent before = revision(brief, from, "from").content;
        BriefContent after = revision(brief, to, "to").content;
        return new BriefVersionDiff(from, to, BriefDiff.between(before, after));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Completeness completeness(UUID id) {
        Brief brief = visible(id);
        List<BriefCompleteness.Gap> gaps = BriefCompleteness.gaps(brief.content);
        return new Completeness(brief.revision, gaps.isEmpty(), gaps);
    }

    public BriefView approve(UUID id, IfMatch ifMatch) {
        Brief brief = visible(id);
        ifMatch.verify(brief.version);
        Optional<String> refusal = ApprovalRule.refusal(staff.id(), staff.roles(), authors(brief));
        if (refusal.isPresent()) {
            throw new NotPermitted(refusal.get());
        }
        if (brief.submittedRevision != null) {
            throw new WrongState("This brief is already submitted", "withdraw");
        }
        if (brief.approvedBy != null) {
            throw new WrongState("Revision " + brief.approvedRevision + " is already approved", "submit");
        }
        List<BriefCompleteness.Gap> gaps = BriefCompleteness.gaps(brief.content);
        if (!gaps.isEmpty()) {
            throw new WrongState("Only a complete brief is approved; still missing: "
                    + String.join(", ", gaps.stream().map(BriefCompleteness.Gap::missing).toList()));
        }
        brief.approvedBy = staff.id();
        brief.approvedAt = now();
        brief.approvedRevision = brief.revision;
        brief.flush();
        return BriefView.of(brief);
    }

    public BriefView submit(UUID id, IfMatch ifMatch) {
        if (!staff.hasAnyRole(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR)) {
            throw new NotPermitted("Only an account executive, supervisor or director submits briefs");
        }
        Brief brief = visible(id);
        ifMatch.verify(brief.version);
        JobRequest job = jobs.visible(brief.jobRequestId);
        Optional<KnownClient> client = accounts.client(brief.clientId);
        List<Violation> unmet = new ArrayList<>();
        if (brief.submittedRevision != null) {
            unmet.add(new Violation("status", "revision " + brief.submittedRevision + " is already submitted"));
        }
        BriefCompleteness.gaps(brief.content).forEach(gap ->
                unmet.add(new Violation("content." + gap.section(), "missing " + gap.missing())));
        if (brief.approvedBy == null) {
            unmet.add(new Violation("approval", "a supervisor or director who did not write the brief must approve it"));
        }
        if (client.isEmpty() || !client.get().isActive()) {
            unmet.add(new Violation("client", "the client must be ACTIVE, is "
                    + client.map(known -> known.status().name()).orElse("unknown")));
        }
        if (client.flatMap(KnownClient::currentContract).isEmpty()) {
            unmet.add(new Violation("contract", "the client has no signed contract to take the included revision"
                    + " rounds from"));
        }
        if (brief.submittedRevision == null && !job.status.canMoveTo(JobStatus.SUBMITTED)) {
            unmet.add(new Violation("job", "job " + job.jobNumber + " is " + job.status + ", not BRIEFING"));
        }
        if (!unmet.isEmpty()) {
            throw new SubmissionRefused(unmet);
        }
        CurrentContract contract = client.get().currentContract().orElseThrow();
        Instant now = now();
        brief.submittedRevision = brief.revision;
        brief.submittedBy = staff.id();
        brief.submittedAt = now;
        JobRequestService.moveTo(job, JobStatus.SUBMITTED);
        outbox.record(new BriefSubmitted(brief.id, brief.revision, job.id, job.jobNumber, job.clientId,
                snapshot(job, brief.content), brief.content.budget(), contract.includedRevisionRounds(),
                brief.approvedBy, brief.submittedBy, now));
        brief.flush();
        return BriefView.of(brief);
    }

    public BriefView withdraw(UUID id, IfMatch ifMatch, Withdrawal withdrawal) {
        if (!staff.hasAnyRole(Role.ACCOUNT_EXECUTIVE, Role.ACCOUNT_SUPERVISOR, Role.ACCOUNT_DIRECTOR)) {
            throw new NotPermitted("Only an account executive, supervisor or director withdraws briefs");
        }
        Brief brief = visible(id);
        ifMatch.verify(brief.version);
        if (brief.submittedRevision == null) {
            throw new WrongState("This brief is not submitted, so there is nothing to withdraw", "submit");
        }
        JobRequest job = jobs.visible(brief.jobRequestId);
        if (!job.status.canMoveTo(JobStatus.BRIEFING)) {
            throw new WrongState("Job " + job.jobNumber + " is " + job.status + "; its brief can no longer be"
                    + " withdrawn");
        }
        brief.submittedRevision = null;
        brief.submittedBy = null;
        brief.submittedAt = null;
        JobRequestService.moveTo(job, JobStatus.BRIEFING);
        outbox.record(new BriefWithdrawn(brief.id, job.jobNumber, job.clientId, withdrawal.reason(), staff.id(),
                now()));
        brief.flush();
        return BriefView.of(brief);
    }

    private static BriefSnapshot snapshot(JobRequest job, BriefContent content) {
        return new BriefSnapshot(job.title, content.background(), content.objective(), content.successMeasures(),
                content.targetAudience(), content.insight(), content.proposition(), content.reasonsToBelieve(),
                content.tone(),
                content.mandatories().stream().map(m -> new Mandatory(m.mandatoryId(), m.text())).toList(),
                content.deliverables().stream()
                        .map(d -> new Deliverable(d.deliverableId(), d.name(), d.format(), d.specs())).toList(),
                content.milestones().stream().map(m -> new Milestone(m.name(), m.dueOn())).toList());
    }

    private Brief visible(UUID id) {
        Brief brief = Brief.findById(id);
        if (brief == null || !access.canSee(brief.clientId)) {
            throw NotFoundProblem.of("Brief", id);
        }
        return brief;
    }

    private static BriefVersion revision(Brief brief, int revision, String parameter) {
        BriefVersion version = BriefVersion.findById(new BriefVersion.Key(brief.id, revision));
        if (version == null) {
            throw new NotFoundProblem("Brief " + brief.id + " has no revision " + revision + " (" + parameter
                    + "); its revisions are 1 to " + brief.revision);
        }
        return version;
    }

    private static Set<UUID> authors(Brief brief) {
        return new HashSet<>(BriefVersion.getEntityManager()
                .createQuery("select distinct v.savedBy from BriefVersion v where v.key.briefId = :brief", UUID.class)
                .setParameter("brief", brief.id)
                .getResultList());
    }

    private void saveVersion(Brief brief, Set<Section> changed, Instant now) {
        BriefVersion version = new BriefVersion();
        version.key = new BriefVersion.Key(brief.id, brief.revision);
        version.content = brief.content;
        version.changed = new ArrayList<>(changed.stream().map(Section::field).toList());
        version.savedBy = staff.id();
        version.savedAt = now;
        version.persist();
    }

    private void requireWriter() {
        if (!SectionRights.writesBriefs(staff.roles())) {
            throw new NotPermitted("Your roles " + staff.roles() + " do not write briefs");
        }
    }

    private void requireMayWrite(Set<Section> changed) {
        List<Section> refused = SectionRights.refused(staff.roles(), changed);
        if (!refused.isEmpty()) {
            throw new NotPermitted("Your roles " + staff.roles() + " may not write these sections: "
                    + String.join(", ", refused.stream().map(Section::field).toList()));
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
