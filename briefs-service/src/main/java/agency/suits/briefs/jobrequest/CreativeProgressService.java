package agency.suits.briefs.jobrequest;

import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.FeedbackReturned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Follows the creative work of each job: the round the client last gave feedback on and what they decided, and the
 * job's completion when the client approves. Its handlers join the inbox's transaction, which applies each event
 * once; the rules below also keep a late event for an earlier round from overwriting a later one.
 */
@ApplicationScoped
@Transactional
public class CreativeProgressService {

    private static final Logger LOG = Logger.getLogger(CreativeProgressService.class);

    /** The client's feedback on a round; the first one puts a submitted job in production. */
    public void feedbackReturned(FeedbackReturned feedback) {
        lockedJob(feedback.jobNumber()).ifPresent(job -> {
            if (job.currentRound == null || feedback.round() >= job.currentRound) {
                job.currentRound = feedback.round();
                job.lastDecision = feedback.decision();
            }
            if (job.status == JobStatus.SUBMITTED) {
                job.moveTo(JobStatus.IN_PRODUCTION);
            }
        });
    }

    /** The client approved the work: the job is completed, if its status still allows it. */
    public void creativeApproved(CreativeApproved approval) {
        lockedJob(approval.jobNumber()).ifPresent(job -> {
            if (job.currentRound == null || approval.round() >= job.currentRound) {
                job.currentRound = approval.round();
                job.lastDecision = ClientDecision.APPROVED;
            }
            if (job.status.canMoveTo(JobStatus.COMPLETED)) {
                job.moveTo(JobStatus.COMPLETED);
            } else {
                LOG.warnf("Creative approved job %s, which is %s; its status stays", job.jobNumber, job.status);
            }
        });
    }

    private static Optional<JobRequest> lockedJob(String jobNumber) {
        Optional<JobRequest> job = JobRequest.<JobRequest>find("jobNumber", jobNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (job.isEmpty()) {
            // every job starts here, so this is another environment's job or a test's; nothing to follow
            LOG.warnf("Creative event for unknown job %s skipped", jobNumber);
        }
        return job;
    }
}
