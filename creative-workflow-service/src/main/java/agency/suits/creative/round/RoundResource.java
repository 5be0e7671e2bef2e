package agency.suits.creative.round;

import agency.suits.creative.job.JobView;
import agency.suits.web.VersionTag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The steps of the current round. Each answers the job as it is afterwards. */
@Path("/api/creative-jobs/{jobId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review rounds")
@APIResponse(responseCode = "403", description = "The caller's role does not own this step")
@APIResponse(responseCode = "409", description = "The job's state does not allow this step; allowedActions lists "
        + "what it allows now")
@APIResponse(responseCode = "422", description = "Comments point at things outside the job, or are missing")
public class RoundResource {

    private final Rounds rounds;

    RoundResource(Rounds rounds) {
        this.rounds = rounds;
    }

    @POST
    @Path("internal-review")
    @Operation(summary = "The creative director approves the round's work or sends it back with comments")
    public Response internalReview(@PathParam("jobId") UUID jobId, @Valid @NotNull InternalReview review) {
        return tagged(rounds.internalReview(jobId, review));
    }

    @POST
    @Path("strategy-check")
    @Operation(summary = "The planner says whether the work is on strategy, with comments on the brief")
    public Response strategyCheck(@PathParam("jobId") UUID jobId, @Valid @NotNull StrategyCheck check) {
        return tagged(rounds.strategyCheck(jobId, check));
    }

    @POST
    @Path("presentation")
    @Operation(summary = "Account services record which versions they presented to the client, and when")
    public Response present(@PathParam("jobId") UUID jobId, @Valid @NotNull Presentation presentation) {
        return tagged(rounds.present(jobId, presentation));
    }

    @POST
    @Path("feedback")
    @Operation(summary = "Account services record the client's consolidated feedback on the round")
    public Response feedback(@PathParam("jobId") UUID jobId, @Valid @NotNull ClientFeedback feedback) {
        return tagged(rounds.feedback(jobId, feedback));
    }

    private static Response tagged(JobView job) {
        return Response.ok(job).tag(VersionTag.of(job.version())).build();
    }
}
