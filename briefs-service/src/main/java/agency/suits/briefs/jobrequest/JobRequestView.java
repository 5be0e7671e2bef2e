package agency.suits.briefs.jobrequest;

import agency.suits.events.briefs.RequestChannel;
import agency.suits.events.creative.ClientDecision;
import agency.suits.web.Identified;
import agency.suits.web.money.MoneyJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A job request as the API shows it. {@code nextStatuses} are the moves the status endpoint allows now;
 * {@code currentRound} and {@code lastDecision} follow the client's feedback on the creative work, and are absent
 * before the first feedback; the budget and the client contact are absent when none was given.
 */
public record JobRequestView(
        UUID id,
        String jobNumber,
        UUID clientId,
        String title,
        String description,
        List<String> requestedDeliverables,
        LocalDate wantedBy,
        @Schema(nullable = true) MoneyJson budgetIndication,
        @Schema(nullable = true) UUID requestedByContactId,
        RequestChannel channel,
        JobStatus status,
        List<JobStatus> nextStatuses,
        UUID loggedBy,
        Instant receivedAt,
        @Schema(nullable = true) Integer currentRound,
        @Schema(nullable = true) ClientDecision lastDecision,
        long version) implements Identified {

    static JobRequestView of(JobRequest job) {
        return new JobRequestView(job.id, job.jobNumber, job.clientId, job.title, job.description,
                List.copyOf(job.requestedDeliverables), job.wantedBy, budgetOf(job), job.requestedByContactId,
                job.channel, job.status, job.status.manualNext(), job.loggedBy, job.receivedAt, job.currentRound,
                job.lastDecision, job.version);
    }

    /** As stored: at the currency's minor units since budgets go through {@code toAmount()}, as sent before that. */
    private static MoneyJson budgetOf(JobRequest job) {
        return job.budgetAmount == null ? null : new MoneyJson(job.budgetAmount.toPlainString(), job.budgetCurrency);
    }
}
