package agency.suits.creative.version;

import agency.suits.accounts.AccountAccess;
import agency.suits.creative.access.CreativePermission;
import agency.suits.creative.job.CreativeJob;
import agency.suits.creative.job.CreativeJobService;
import agency.suits.creative.job.JobAction;
import agency.suits.creative.job.JobRules;
import agency.suits.domain.NotPermitted;
import agency.suits.domain.RuleBroken;
import agency.suits.domain.Violation;
import agency.suits.domain.time.AgencyClock;
import agency.suits.persistence.ListQuery;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageRequest;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Creatives record the versions of their work; the creative director may too. Adding a version appends to the job
 * and changes nothing a client read, so it needs no If-Match.
 */
@ApplicationScoped
@Transactional
public class WorkVersionService {

    @Inject CreativeJobService jobs;
    @Inject AccountAccess access;
    @Inject AgencyClock clock;

    public WorkVersionView add(UUID jobId, NewWorkVersion version) {
        CreativeJob job = jobs.lockVisible(jobId);
        access.require(CreativePermission.ADD_WORK_VERSIONS);
        if (!access.holds(CreativePermission.ADD_WORK_TO_ANY_JOB) && !job.assignees.contains(access.staffId())) {
            throw new NotPermitted("Only creatives assigned to job " + job.jobNumber + " add its work versions");
        }
        JobRules.require(job.status, JobAction.ADD_VERSION);
        if (!job.hasDeliverable(version.deliverableId())) {
            throw new RuleBroken("The work must be for one of the brief's deliverables",
                    List.of(new Violation("deliverableId", "is not a deliverable of this job's brief")));
        }
        AssetLink.problemWith(version.assetUrl()).ifPresent(problem -> {
            throw new RuleBroken("The asset link cannot be used",
                    List.of(new Violation("assetUrl", problem)));
        });
        WorkVersion work = new WorkVersion();
        work.id = UUID.randomUUID();
        work.jobId = job.id;
        work.deliverableId = version.deliverableId();
        work.versionNumber = WorkVersion.nextNumber(job.id, version.deliverableId());
        work.round = job.currentRound;
        work.title = version.title().trim();
        work.mediaType = version.mediaType();
        work.assetUrl = version.assetUrl().trim();
        work.checksum = version.checksum();
        work.notes = version.notes();
        work.createdBy = access.staffId();
        work.createdAt = clock.now();
        work.persist();
        jobs.changed(job);
        return WorkVersionView.of(work);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WorkVersionView> list(UUID jobId, PageRequest paging) {
        jobs.visible(jobId);
        ListQuery query = ListQuery.everything().and("jobId", jobId);
        return ListQuery.page(WorkVersion.<WorkVersion>find(query.where(), query.sort(paging), query.parameters()),
                paging).map(WorkVersionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkVersionView get(UUID jobId, UUID versionId) {
        jobs.visible(jobId);
        return WorkVersion.<WorkVersion>find("jobId = ?1 and id = ?2", jobId, versionId).firstResultOptional()
                .map(WorkVersionView::of)
                .orElseThrow(() -> NotFoundProblem.of("Work version", versionId));
    }
}
