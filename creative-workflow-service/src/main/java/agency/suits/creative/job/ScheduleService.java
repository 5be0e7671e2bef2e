package agency.suits.creative.job;

import agency.suits.events.briefs.ScheduleChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;

/**
 * Traffic's schedule dates the creative job: the job is due on the schedule's last milestone, or on the brief's when
 * traffic has left none. A schedule set before the brief is submitted is kept until the job opens.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ScheduleService {

    private static final Logger LOG = Logger.getLogger(ScheduleService.class);

    @Inject CreativeJobService jobs;

    public void reschedule(ScheduleChanged changed) {
        LocalDate lastDueOn = changed.milestones().isEmpty() ? null
                : changed.milestones().get(changed.milestones().size() - 1).dueOn();
        TrafficSchedule schedule = TrafficSchedule.locked(changed.jobNumber()).orElse(null);
        if (schedule == null) {
            schedule = new TrafficSchedule();
            schedule.jobNumber = changed.jobNumber();
            schedule.changedAt = changed.changedAt();
            schedule.lastDueOn = lastDueOn;
            schedule.persist();
        } else if (schedule.changedAt.isAfter(changed.changedAt())) {
            LOG.infof("Schedule of %s from %s is older than the one kept (%s); left alone", changed.jobNumber(),
                    changed.changedAt(), schedule.changedAt);
            return;
        } else {
            schedule.changedAt = changed.changedAt();
            schedule.lastDueOn = lastDueOn;
        }
        CreativeJob.lockedByJobNumber(changed.jobNumber()).filter(job -> !job.status.isFinal()).ifPresent(job -> {
            LocalDate dueOn = lastDueOn != null ? lastDueOn : CreativeJob.dueOn(job.brief);
            if (!dueOn.equals(job.dueOn)) {
                job.dueOn = dueOn;
                jobs.changed(job);
            }
        });
    }

    /** When a job opens or reopens: traffic's last milestone if it scheduled one, else the brief's. */
    static LocalDate dueOn(String jobNumber, LocalDate briefsDueOn) {
        return TrafficSchedule.lastDueOn(jobNumber).orElse(briefsDueOn);
    }
}
