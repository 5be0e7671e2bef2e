package agency.suits.clients.digest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

@Path("/api/staff/{staffId}/digest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class DigestResource {

    @Inject DigestService digests;

    @GET
    @Operation(operationId = "getSupervisorDigest", summary = "A supervisor's report on their accounts for a period "
            + "(by default the configured one, up to now): for the supervisor, whom they report to and directors")
    public SupervisorDigest digest(@PathParam("staffId") UUID staffId,
                                   @Parameter(description = "Start of the period, e.g. 2026-11-23T07:00:00Z")
                                   @QueryParam("from") Instant from,
                                   @Parameter(description = "End of the period (excluded); now when absent")
                                   @QueryParam("to") Instant to) {
        return digests.of(staffId, from, to);
    }
}
