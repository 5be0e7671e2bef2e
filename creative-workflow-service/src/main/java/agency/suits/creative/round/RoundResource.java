package agency.suits.creative.round;

import jakarta.ws.rs.BeanParam;
import agency.suits.web.IfMatchHeader;
import agency.suits.creative.job.CreativeJobResource;
import agency.suits.creative.job.JobView;
import agency.suits.web.VersionTag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/**
 * The steps of the current round. Each moves the job on, so each needs If-Match with the job's ETag, and each
 * answers the job as it is afterwards, with its new ETag.
 */
@Path("/api/creative-jobs/{jobId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review rounds", description = "The steps of a round: internal review, strategy check, presentation to "
        + "the client and the client's consolidated feedback, each recorded by the role that owns it")
@APIResponse(responseCode = "403", description = "The caller's role does not own this step")
@APIResponse(responseCode = "409", description = "The job's state does not allow this step; allowedActions lists "
        + "what it allows now")
@APIResponse(responseCode = "412", description = "The job changed since the If-Match ETag was read")
@APIResponse(responseCode = "422", description = "Comments point at things outside the job, or are missing")
@APIResponse(responseCode = "428", description = "No If-Match header")
public class RoundResource {

    private static final String AFTER_THE_STEP = "The job as the step left it, its new version as ETag";

    @Inject RoundService rounds;

    @POST
    @Path("internal-review")
    @Operation(operationId = "recordInternalReviewOfRound",
            summary = "The creative director approves the round's work or sends it back with comments")
    @APIResponseSchema(value = JobView.class, responseDescription = AFTER_THE_STEP)
    public RestResponse<JobView> internalReview(@PathParam("jobId") UUID jobId, @BeanParam IfMatchHeader ifMatch,
                                                @Valid @NotNull InternalReview review) {
        return VersionTag.ok(rounds.internalReview(jobId, ifMatch.required(), review));
    }

    @POST
    @Path("strategy-check")
    @Operation(operationId = "recordStrategyCheckOfRound",
            summary = "The planner says whether the work is on strategy, with comments on the brief")
    @APIResponseSchema(value = JobView.class, responseDescription = AFTER_THE_STEP)
    public RestResponse<JobView> strategyCheck(@PathParam("jobId") UUID jobId, @BeanParam IfMatchHeader ifMatch,
                                               @Valid @NotNull StrategyCheck check) {
        return VersionTag.ok(rounds.strategyCheck(jobId, ifMatch.required(), check));
    }

    @POST
    @Path("presentation")
    @Operation(operationId = "recordPresentationOfRound",
            summary = "Account services record which versions they presented to the client, and when")
    @APIResponseSchema(value = JobView.class, responseDescription = AFTER_THE_STEP)
    public RestResponse<JobView> present(@PathParam("jobId") UUID jobId, @BeanParam IfMatchHeader ifMatch,
                                         @Valid @NotNull Presentation presentation) {
        return VersionTag.ok(rounds.present(jobId, ifMatch.required(), presentation));
    }

    @POST
    @Path("feedback")
    @Operation(operationId = "recordClientFeedbackOfRound",
            summary = "Account services record the client's consolidated feedback on the round")
    @APIResponseSchema(value = JobView.class, responseDescription = AFTER_THE_STEP)
    public RestResponse<JobView> feedback(@PathParam("jobId") UUID jobId, @BeanParam IfMatchHeader ifMatch,
                                          @Valid @NotNull ClientFeedback feedback) {
        return VersionTag.ok(rounds.feedback(jobId, ifMatch.required(), feedback));
    }
}
