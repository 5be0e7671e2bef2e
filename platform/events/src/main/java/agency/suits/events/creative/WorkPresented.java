package agency.suits.events.creative;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Account services showed a round's work to the client. Subject: the job number. */
public record WorkPresented(
        UUID creativeJobId,
        String jobNumber,
        UUID clientId,
        int round,
        List<WorkVersionRef> work,
        UUID presentedBy,
        Instant presentedAt) implements EventPayload {

    public WorkPresented {
        Invariants.required("creativeJobId", creativeJobId, "clientId", clientId, "presentedBy", presentedBy,
                "presentedAt", presentedAt);
        Invariants.jobNumber(jobNumber);
        Invariants.atLeast(round, 1, "round");
        work = Invariants.nonEmpty(Invariants.distinct(work, "work"), "work");
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
