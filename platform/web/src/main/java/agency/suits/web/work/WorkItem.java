package agency.suits.web.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing that waits for the calling person now: about which client, what it is, what the caller must do and where
 * the object is in the API. {@code ageDays} counts whole agency days since {@code waitingSince}, so that a list read
 * on Monday morning says a brief submitted on Friday has waited three days.
 */
// required written out, as the contract filter would derive it for an answer: a document that has the schema without
// answering with it (clients-service's) then describes it the same way, and the gateway's joined document holds
@Schema(description = "One thing that waits for the calling person now",
        requiredProperties = {"kind", "clientId", "subject", "action", "link", "waitingSince", "ageDays"})
public record WorkItem(
        WorkKind kind,
        UUID clientId,
        @Schema(nullable = true, description = "Absent when the service does not know the client's name")
        String clientName,
        @Schema(description = "What it is about: a brief's title, a job's number and name, an estimate's number")
        String subject,
        @Schema(description = "What the caller must do, one sentence")
        String action,
        @Schema(description = "The API path of the object the action is on")
        String link,
        Instant waitingSince,
        int ageDays) {

    public static WorkItem of(WorkKind kind, UUID clientId, String clientName, String subject, String action,
            String link, Instant waitingSince, LocalDate today, ZoneId zone) {
        LocalDate since = LocalDate.ofInstant(waitingSince, zone);
        int age = (int) Math.max(0, ChronoUnit.DAYS.between(since, today));
        return new WorkItem(kind, clientId, clientName, subject, action, link, waitingSince, age);
    }
}
