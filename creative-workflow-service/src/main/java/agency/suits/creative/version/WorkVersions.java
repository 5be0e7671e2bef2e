package agency.suits.creative.version;

import agency.suits.creative.access.Viewer;
import agency.suits.creative.job.CreativeJob;
import agency.suits.creative.job.CreativeJobs;
import agency.suits.creative.job.JobAction;
import agency.suits.creative.job.JobRules;
import agency.suits.security.Role;
import agency.suits.domain.Violation;
import agency.suits.domain.NotPermitted;
import agency.suits.web.problem.NotFoundProblem;
import agency.suits.domain.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Creatives record the versions of their work; the creative director may too. */
@ApplicationScoped
@Transactional
public class WorkVersions {

    private final CreativeJobs jobs;
    private final Viewer viewer;

    WorkVersions(CreativeJobs jobs, Viewer viewer) {
        this.jobs = jobs;
        this.viewer = viewer;
    }

    public WorkVersionView add(UUID jobId, NewWorkVersion version) {
        viewer.requireRole("add work versions", Role.CREATIVE, Role.CREATIVE_DIRECTOR);
        CreativeJob job = jobs.forChange(jobId);
        if (!viewer.hasRole(Role.CREATIVE_DIRECTOR) && !job.assignees.contains(viewer.id())) {
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
        work.createdBy = viewer.id();
        work.createdAt = Instant.now();
        work.persist();
        return WorkVersionView.of(work);
    }

    public List<WorkVersionView> list(UUID jobId) {
        jobs.visible(jobId);
        return WorkVersion.ofJob(jobId).stream().map(WorkVersionView::of).toList();
    }

    public WorkVersionView get(UUID jobId, UUID versionId) {
        jobs.visible(jobId);
        return WorkVersion.<WorkVersion>find("jobId = ?1 and id = ?2", jobId, versionId).firstResultOptional()
                .map(WorkVersionView::of)
                .orElseThrow(() -> NotFoundProblem.of("Work version", versionId));
    }
}
