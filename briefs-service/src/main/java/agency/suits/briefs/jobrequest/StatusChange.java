package agency.suits.briefs.jobrequest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Moves a job to another status by hand; the legal moves are {@link JobStatus}'s. Named for the job request on the
 * wire: clients-service changes a client's status with a body of its own.
 */
@Schema(name = "JobRequestStatusChange", examples = """
        {"status": "CANCELLED"}""")
public record StatusChange(@NotNull JobStatus status) {
}
