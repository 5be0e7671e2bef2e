package agency.suits.events.briefs;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Traffic (or the account team) set a job's schedule: {@code milestones} is the whole schedule now, in due order, met
 * milestones included; empty when it was cleared. Creative's due date for the job follows the last milestone.
 * Subject: the job number, so a job's schedule changes and its brief arrive in order.
 */
public record ScheduleChanged(
        UUID jobRequestId,
        String jobNumber,
        UUID clientId,
        List<Milestone> milestones,
        UUID changedBy,
        Instant changedAt) implements EventPayload {

    public ScheduleChanged {
        Invariants.required("jobRequestId", jobRequestId, "clientId", clientId, "changedBy", changedBy,
                "changedAt", changedAt);
        Invariants.jobNumber(jobNumber);
        milestones = Invariants.list(milestones, "milestones");
        List<Milestone> ordered = milestones.stream().sorted(Comparator.comparing(Milestone::dueOn)).toList();
        if (!ordered.equals(milestones)) {
            throw new IllegalArgumentException("milestones come in due order");
        }
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
