package agency.suits.briefs.jobrequest;

import agency.suits.events.creative.ClientDecision;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.messaging.inbox.EventHandlers;
import agency.suits.messaging.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows the creative work of each job: the round the client last gave feedback on and what they decided, and the
 * job's completion when the client approves. The inbox applies each event once; the rules below also keep a late
 * event for an earlier round from overwriting a later one.
 */
@ApplicationScoped
public class CreativeProgress {

    private static final Logger LOG = Logger.getLogger(CreativeProgress.class);

    private final Inbox inbox;

    CreativeProgress(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("creative-events")
    @Blocking
    void on(ConsumerRecord<String, String> record) {
        inbox.receive("briefs-service", record, EventHandlers.on(FeedbackReturned.class, this::feedbackReturned)
                .and(CreativeApproved.class, this::creativeApproved));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void feedbackReturned(FeedbackReturned feedback) {
        JobRequest job = job(feedback.jobNumber());
        if (job == null) {
            return;
        }
        if (job.currentRound == null || feedback.round() >= job.currentRound) {
            job.currentRound = feedback.round();
            job.lastDecision = feedback.decision();
        }
        if (job.status == JobStatus.SUBMITTED) {
            job.status = JobStatus.IN_PRODUCTION;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void creativeApproved(CreativeApproved approval) {
        JobRequest job = job(approval.jobNumber());
        if (job == null) {
            return;
        }
        if (job.currentRound == null || approval.round() >= job.currentRound) {
            job.currentRound = approval.round();
            job.lastDecision = ClientDecision.APPROVED;
        }
        if (job.status.canMoveTo(JobStatus.COMPLETED)) {
            job.status = JobStatus.COMPLETED;
        } else {
            LOG.warnf("Creative approved job %s, which is %s; its status stays", job.jobNumber, job.status);
        }
    }

    private static JobRequest job(String jobNumber) {
        JobRequest job = JobRequest.find("jobNumber", jobNumber).firstResult();
        if (job == null) {
            // every job starts here, so this is another environment's job or a test's; nothing to follow
            LOG.warnf("Creative event for unknown job %s skipped", jobNumber);
        }
        return job;
    }
}
