package agency.suits.creative.round;

import agency.suits.creative.job.CreativeJobResource;
import agency.suits.web.IfMatch;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The steps of the current round. Each moves the job on, so each needs If-Match with the job's ETag, and each
 * answers the job as it is afterwards, with its new ETag.
 */
@Path("/api/creative-jobs/{jobId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review rounds")
@APIResponse(responseCode = "403", description = "The caller's role does not own this step")
@APIResponse(responseCode = "409", description = "The job's state does not allow this step; allowedActions lists "
        + "what it allows now")
@APIResponse(responseCode = "412", description = "The job changed since the If-Match ETag was read")
@APIResponse(responseCode = "422", description = "Comments point at things outside the job, or are missing")
@APIResponse(responseCode = "428", description = "No If-Match header")
public class RoundResource {

    @Inject RoundService rounds;

    @POST
    @Path("internal-review")
    @Operation(summary = "The creative director approves the round's work or sends it back with comments")
    public Response internalReview(@PathParam("jobId") UUID jobId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull InternalReview review) {
        return CreativeJobResource.tagged(rounds.internalReview(jobId, IfMatch.required(ifMatch), review));
    }

    @POST
    @Path("strategy-check")
    @Operation(summary = "The planner says whether the work is on strategy, with comments on the brief")
    public Response strategyCheck(@PathParam("jobId") UUID jobId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull StrategyCheck check) {
        return CreativeJobResource.tagged(rounds.strategyCheck(jobId, IfMatch.required(ifMatch), check));
    }

    @POST
    @Path("presentation")
    @Operation(summary = "Account services record which versions they presented to the client, and when")
    public Response present(@PathParam("jobId") UUID jobId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull Presentation presentation) {
        return CreativeJobResource.tagged(rounds.present(jobId, IfMatch.required(ifMatch), presentation));
    }

    @POST
    @Path("feedback")
    @Operation(summary = "Account services record the client's consolidated feedback on the round")
    public Response feedback(@PathParam("jobId") UUID jobId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull ClientFeedback feedback) {
        return CreativeJobResource.tagged(rounds.feedback(jobId, IfMatch.required(ifMatch), feedback));
    }
}
