package agency.suits.creative.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a creative job stands in its current round. APPROVED and CANCELLED are final. */
// briefs-service has a JobStatus of its own (the job request's): in the joined document this one is the creative job's
@Schema(name = "CreativeJobStatus")
public enum JobStatus {
    /** Creatives make work versions; the creative director reviews them internally. */
    IN_WORK,
    /** The creative director approved the round's work; the planner checks it against the brief's strategy. */
    STRATEGY_CHECK,
    /** On strategy: account services can show it to the client. */
    READY_TO_PRESENT,
    /** Presented; waiting for the client's consolidated feedback. */
    WITH_CLIENT,
    APPROVED,
    CANCELLED;

    public boolean isFinal() {
        return this == APPROVED || this == CANCELLED;
    }
}
