package agency.suits.briefs.brief;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.accounts.CurrentContract;
import agency.suits.accounts.KnownClient;
import agency.suits.briefs.access.BriefsPermission;
import agency.suits.briefs.jobrequest.JobRequest;
import agency.suits.briefs.jobrequest.JobRequestService;
import agency.suits.briefs.jobrequest.JobStatus;
import agency.suits.domain.NotPermitted;
import agency.suits.domain.Violation;
import agency.suits.domain.WrongState;
import agency.suits.domain.money.Amount;
import agency.suits.domain.time.AgencyClock;
import agency.suits.events.clients.AccountRole;
import agency.suits.events.briefs.BriefSnapshot;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.briefs.Deliverable;
import agency.suits.events.briefs.Mandatory;
import agency.suits.events.briefs.Milestone;
import agency.suits.messaging.outbox.Outbox;
import agency.suits.persistence.ListQuery;
import agency.suits.persistence.Rows;
import agency.suits.security.SegregationOfDuties;
import agency.suits.web.IfMatch;
import agency.suits.web.money.MoneyJson;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.InvalidParameterProblem;
import agency.suits.web.problem.NotFoundProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
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

    @Inject JobRequestService jobs;
    @Inject Accounts accounts;
    @Inject AccountAccess access;
    @Inject Outbox outbox;
    @Inject AgencyClock clock;

    public BriefView create(NewBrief request) {
        access.require(BriefsPermission.WRITE_BRIEFS);
        // two colleagues starting the brief at once: the second waits here, then finds the first one's brief
        JobRequest job = jobs.lockVisible(request.jobRequestId());
        if (Rows.exist(Brief.class, "jobRequestId = ?1", job.id)) {
            throw new WrongState("Job " + job.jobNumber + " already has a brief; edit that one");
        }
        if (job.status != JobStatus.RECEIVED && job.status != JobStatus.BRIEFING) {
            throw new WrongState("Job " + job.jobNumber + " is " + job.status + "; only a job being received"
                    + " or briefed gets a brief");
        }
        BriefContent sent = (request.content() == null ? BriefContent.empty() : request.content()).withIds();
        Set<Section> written = BriefDiff.changedSections(BriefContent.empty(), sent);
        SectionRights.requireMayWrite(access.staff().roles(), written);
        Set<UUID> planners = teamPlanners(job.clientId);
        PlannerSections.requireMayWrite(planners, access.staffId(), written);
        BriefContent content = atMinorUnits(sent);
        Instant now = clock.now();
        Brief brief = new Brief();
        brief.id = UUID.randomUUID();
        brief.jobRequestId = job.id;
        brief.clientId = job.clientId;
        brief.jobNumber = job.jobNumber;
        brief.content = content;
        brief.revision = 1;
        brief.createdBy = access.staffId();
        brief.createdAt = now;
        recordPlannerWork(brief, planners, now);
        brief.persist();
        saveVersion(brief, written, now);
        if (job.status == JobStatus.RECEIVED) {
            job.moveTo(JobStatus.BRIEFING);
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

    /**
     * Saves the sections as a new revision; only the sections that changed are checked against the caller's roles.
     * Whether the caller writes briefs at all comes before whether they see this one: a creative hears that briefs
     * are not theirs to write (403), not that the brief does not exist.
     */
    public BriefView save(UUID id, IfMatch ifMatch, BriefContent sent) {
        access.require(BriefsPermission.WRITE_BRIEFS);
        Brief brief = lockVisible(id);
        ifMatch.verify(brief.version);
        if (brief.submittedRevision != null) {
            throw new WrongState("Revision " + brief.submittedRevision + " of this brief is submitted and frozen;"
                    + " withdraw it before changing it", "withdraw");
        }
        Set<Section> touched = BriefDiff.changedSections(brief.content, sent.withIdsFrom(brief.content));
        SectionRights.requireMayWrite(access.staff().roles(), touched);
        Set<UUID> planners = teamPlanners(brief.clientId);
        PlannerSections.requireMayWrite(planners, access.staffId(), touched);
        // the budget at its currency's minor units: "25000" sent again for "25000.00" is no change
        BriefContent content = atMinorUnits(sent).withIdsFrom(brief.content);
        Set<Section> changed = BriefDiff.changedSections(brief.content, content);
        if (changed.isEmpty()) {
            return BriefView.of(brief);
        }
        Instant now = clock.now();
        brief.content = content;
        brief.revision++;
        brief.dropApproval();
        recordPlannerWork(brief, planners, now);
        // the brief's versioned update first: of two saves of the same version the later one fails here (412)
        // instead of on the revision's primary key
        brief.flush();
        saveVersion(brief, changed, now);
        brief.flush();
        return BriefView.of(brief);
    }

    /**
     * The team's planner confirms the audience, insight and proposition of the latest revision as they stand, so
     * that the brief can be approved. Only a planner on the client's team confirms: the role alone is not enough.
     */
    public BriefView confirmPlannerSections(UUID id, IfMatch ifMatch) {
        Brief brief = lockVisible(id);
        access.require(BriefsPermission.CONFIRM_PLANNER_SECTIONS);
        if (!teamPlanners(brief.clientId).contains(access.staffId())) {
            throw new NotPermitted("Only the planner on the client's team confirms its briefs' target audience,"
                    + " insight and proposition; you are not the planner of this team");
        }
        ifMatch.verify(brief.version);
        if (brief.submittedRevision != null) {
            throw new WrongState("Revision " + brief.submittedRevision + " of this brief is submitted and frozen",
                    "withdraw");
        }
        brief.plannerConfirmedRevision = brief.revision;
        brief.plannerConfirmedBy = access.staffId();
        brief.plannerConfirmedAt = clock.now();
        brief.flush();
        return BriefView.of(brief);
    }

    /**
     * The revisions in the one order they have, by revision number. Sorted here rather than by ListQuery, whose
     * tie-breaker is an {@code id} a revision does not have: its key is the brief and the revision number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BriefVersionView> versions(UUID id, PageRequest paging) {
        Brief brief = visible(id);
        Sort.Direction direction = paging.sort().stream().findFirst().filter(order -> !order.ascending())
                .map(order -> Sort.Direction.Descending).orElse(Sort.Direction.Ascending);
        return ListQuery.page(BriefVersion.<BriefVersion>find("key.briefId = ?1", Sort.by("key.revision", direction),
                brief.id), paging).map(BriefVersionView::summary);
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
        Brief brief = lockVisible(id);
        access.require(BriefsPermission.APPROVE_BRIEFS);
        ifMatch.verify(brief.version);
        SegregationOfDuties.requireNoneOf(access.staffId(), brief.authors(), "a brief");
        if (brief.submittedRevision != null) {
            throw new WrongState("This brief is already submitted", "withdraw");
        }
        if (brief.approvedBy != null) {
            throw new WrongState("Revision " + brief.approvedRevision + " is already approved", "submit");
        }
        List<String> missing = new ArrayList<>(
                BriefCompleteness.gaps(brief.content).stream().map(BriefCompleteness.Gap::missing).toList());
        if (!PlannerSections.satisfied(teamPlanners(brief.clientId), brief.plannerConfirmedContent(),
                brief.content)) {
            missing.add("the planner's word on target audience, insight and proposition (the client's team has a"
                    + " planner, who has not written or confirmed them as they stand in revision " + brief.revision
                    + ")");
        }
        if (!missing.isEmpty()) {
            throw new WrongState("Only a complete brief with the planner's word is approved; still missing: "
                    + String.join(", ", missing), "planner-confirmation");
        }
        brief.approvedBy = access.staffId();
        brief.approvedAt = clock.now();
        brief.approvedRevision = brief.revision;
        brief.flush();
        return BriefView.of(brief);
    }

    public BriefView submit(UUID id, IfMatch ifMatch) {
        Brief brief = lockVisible(id);
        access.require(BriefsPermission.SUBMIT_BRIEFS);
        ifMatch.verify(brief.version);
        JobRequest job = jobs.lockVisible(brief.jobRequestId);
        Optional<KnownClient> client = accounts.client(brief.clientId);
        List<Violation> unmet = new ArrayList<>();
        if (brief.submittedRevision != null) {
            unmet.add(new Violation("status", "revision " + brief.submittedRevision + " is already submitted"));
        }
        BriefCompleteness.gaps(brief.content).forEach(gap ->
                unmet.add(new Violation("content." + gap.section(), "missing " + gap.missing())));
        if (brief.approvedBy == null) {
            unmet.add(new Violation("approval",
                    "a supervisor or director who did not write the brief must approve it"));
        }
        if (client.isEmpty() || !client.get().takesCreativeWork()) {
            unmet.add(new Violation("client", "the client must be ACTIVE or AT_RISK to get creative work, is "
                    + client.map(known -> known.status().name()).orElse("unknown")));
        }
        LocalDate today = clock.today();
        Optional<CurrentContract> inForce = client.flatMap(known -> known.contractInForceOn(today));
        if (inForce.isEmpty()) {
            unmet.add(new Violation("contract", "the client has no contract in force on " + today
                    + " to take the included revision rounds from"));
        }
        if (brief.submittedRevision == null && !job.status.canMoveTo(JobStatus.SUBMITTED)) {
            unmet.add(new Violation("job", "job " + job.jobNumber + " is " + job.status + ", not BRIEFING"));
        }
        if (!unmet.isEmpty()) {
            throw new SubmissionRefused(unmet);
        }
        CurrentContract contract = inForce.orElseThrow();
        // a budget saved before budgets were held to minor units is refused here, not dead-lettered by billing
        Amount budget = brief.content.budget().toAmount();
        Instant now = clock.now();
        brief.submittedRevision = brief.revision;
        brief.submittedBy = access.staffId();
        brief.submittedAt = now;
        job.moveTo(JobStatus.SUBMITTED);
        outbox.record(new BriefSubmitted(brief.id, brief.revision, job.id, job.jobNumber, job.clientId,
                snapshot(job, brief.content), budget.toWire(), contract.includedRevisionRounds(),
                brief.approvedBy, brief.submittedBy, now));
        brief.flush();
        return BriefView.of(brief);
    }

    public BriefView withdraw(UUID id, IfMatch ifMatch, Withdrawal withdrawal) {
        Brief brief = lockVisible(id);
        access.require(BriefsPermission.WITHDRAW_BRIEFS);
        ifMatch.verify(brief.version);
        if (brief.submittedRevision == null) {
            throw new WrongState("This brief is not submitted, so there is nothing to withdraw", "submit");
        }
        JobRequest job = jobs.lockVisible(brief.jobRequestId);
        if (!job.status.canMoveTo(JobStatus.BRIEFING)) {
            throw new WrongState("Job " + job.jobNumber + " is " + job.status + "; its brief can no longer be"
                    + " withdrawn");
        }
        brief.submittedRevision = null;
        brief.submittedBy = null;
        brief.submittedAt = null;
        job.moveTo(JobStatus.BRIEFING);
        outbox.record(new BriefWithdrawn(brief.id, job.jobNumber, job.clientId, withdrawal.reason(),
                access.staffId(), clock.now()));
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
        return visible(id, LockModeType.NONE);
    }

    /** The brief locked for a change: two changes of one brief run one after the other. */
    private Brief lockVisible(UUID id) {
        return visible(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Brief visible(UUID id, LockModeType lock) {
        Brief brief = Brief.findById(id, lock);
        access.requireVisible(brief == null ? null : brief.clientId, "Brief", id);
        return brief;
    }

    /** 422 for a budget finer than its currency's minor units; otherwise the budget at exactly those ("1000.00"). */
    private static BriefContent atMinorUnits(BriefContent content) {
        return content.budget() == null ? content : content.withBudget(MoneyJson.of(content.budget().toAmount()));
    }

    private static BriefVersion revision(Brief brief, int revision, String parameter) {
        BriefVersion version = BriefVersion.findById(new BriefVersion.Key(brief.id, revision));
        if (version == null) {
            throw new NotFoundProblem("Brief " + brief.id + " has no revision " + revision + " (" + parameter
                    + "); its revisions are 1 to " + brief.revision);
        }
        return version;
    }

    /** The planners on the client's team, from the account copy; empty for a team without a planner. */
    public Set<UUID> teamPlanners(UUID clientId) {
        Set<UUID> planners = new HashSet<>();
        accounts.team(clientId).stream().filter(member -> member.role() == AccountRole.ACCOUNT_PLANNER)
                .forEach(member -> planners.add(member.staffId()));
        return planners;
    }

    /**
     * A save by the team's planner is their word on the planner sections of that revision. Set before the brief's
     * flush, so that the save moves the brief's version once.
     */
    private void recordPlannerWork(Brief brief, Set<UUID> planners, Instant now) {
        if (planners.contains(access.staffId())) {
            brief.plannerConfirmedRevision = brief.revision;
            brief.plannerConfirmedBy = access.staffId();
            brief.plannerConfirmedAt = now;
        }
    }

    private void saveVersion(Brief brief, Set<Section> changed, Instant now) {
        BriefVersion version = new BriefVersion();
        version.key = new BriefVersion.Key(brief.id, brief.revision);
        version.content = brief.content;
        version.changed = new ArrayList<>(changed.stream().map(Section::field).toList());
        version.savedBy = access.staffId();
        version.savedAt = now;
        version.persist();
    }
}
