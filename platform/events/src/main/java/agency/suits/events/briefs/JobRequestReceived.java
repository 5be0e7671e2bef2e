package agency.suits.events.briefs;

import agency.suits.events.EventPayload;
import agency.suits.events.Invariants;
import agency.suits.events.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client asked for work and it got a job number. Subject: the job number. {@code budgetIndication} and
 * {@code requestedByContactId} may be null (not every request comes with a figure or from a known contact).
 */
public record JobRequestReceived(
        UUID jobRequestId,
        String jobNumber,
        UUID clientId,
        String title,
        String description,
        List<String> requestedDeliverables,
        LocalDate wantedBy,
        Money budgetIndication,
        UUID requestedByContactId,
        RequestChannel channel,
        UUID loggedBy,
        Instant receivedAt) implements EventPayload {

    public JobRequestReceived {
        Invariants.required("jobRequestId", jobRequestId, "clientId", clientId, "wantedBy", wantedBy,
                "channel", channel, "loggedBy", loggedBy, "receivedAt", receivedAt);
        Invariants.jobNumber(jobNumber);
        Invariants.text(title, "title");
        Invariants.text(description, "description");
        requestedDeliverables = Invariants.nonEmpty(requestedDeliverables, "requestedDeliverables");
        requestedDeliverables.forEach(deliverable -> Invariants.text(deliverable, "requestedDeliverables[]"));
    }

    @Override
    public String subject() {
        return jobNumber;
    }
}
