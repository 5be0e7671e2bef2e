package agency.suits.clients.book;

import agency.suits.events.clients.ClientStatus;
import agency.suits.events.clients.ContractType;
import agency.suits.events.clients.HealthSignal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One account as a director scans it, from what clients-service knows: where the relationship stands, how healthy
 * it is and why, when its contract runs out, and when somebody last spoke to the client.
 */
@Schema(name = "BookAccount", description = "One account of the book as clients-service knows it")
public record BookAccount(
        UUID clientId,
        String code,
        String name,
        ClientStatus status,
        @Schema(nullable = true, description = "The primary supervisor; null while the client has none")
        Supervisor primarySupervisor,
        Health health,
        @Schema(nullable = true, description = "The contract in force today; null when none is")
        ContractInForce contract,
        @Schema(nullable = true, description = "When the latest interaction with the client took place; null when "
                + "none is logged")
        Instant lastInteractionAt) {

    @Schema(name = "BookSupervisor")
    public record Supervisor(UUID staffId,
                             @Schema(nullable = true, description = "Their name in the staff directory; null when "
                                     + "they are not in it")
                             String name) {
    }

    @Schema(name = "BookHealth", description = "The relationship's health as last assessed: 100 less the weight of "
            + "every current signal; the heaviest signals are the top reasons")
    public record Health(int score, boolean atRisk,
                         @Schema(description = "The heaviest current signals, at most three, heaviest first")
                         List<Reason> topReasons,
                         @Schema(nullable = true, description = "When it was assessed; null for a client not "
                                 + "assessed yet (score 100)")
                         Instant assessedAt) {
    }

    @Schema(name = "BookHealthReason")
    public record Reason(HealthSignal signal, int weight, String detail) {
    }

    @Schema(name = "BookContract")
    public record ContractInForce(UUID contractId, ContractType type, LocalDate endsOn,
                                  @Schema(description = "Days from today to the last day in force")
                                  long daysLeft,
                                  RenewalState renewal) {
    }

    /** Where a contract in force stands towards what follows it. */
    @Schema(name = "BookRenewalState")
    public enum RenewalState {
        /** Running, its notice window not open yet. */
        RUNNING,
        /** Inside its notice period, with no renewal signed: the team must act. */
        NOTICE_WINDOW_OPEN,
        /** A renewal is signed. */
        RENEWED,
        /** Ended early: its last day is set. */
        TERMINATED
    }
}
