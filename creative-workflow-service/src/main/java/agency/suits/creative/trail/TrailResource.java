package agency.suits.creative.trail;

import agency.suits.creative.job.DecisionView;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/creative-jobs/{jobId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decision trail", description = "Who decided what on a creative job and when, corrections included, and "
        + "the turnaround figures read from it")
public class TrailResource {

    private static final Sorting SORTING = Sorting.by("recordedAt", "decidedAt")
            .byDefault("recordedAt", SortOrder.Direction.ASC);

    @Inject TrailService trail;

    @GET
    @Path("history")
    @Operation(operationId = "listDecisionTrail",
            summary = "Every decision on the job in the order recorded, corrections included")
    public Page<DecisionView> history(@PathParam("jobId") UUID jobId, @BeanParam PageQuery paging) {
        return trail.history(jobId, paging.resolve(SORTING));
    }

    @GET
    @Path("history/{entryId}")
    @Operation(operationId = "getDecisionTrailEntry", summary = "One decision of the job's trail")
    public DecisionView entry(@PathParam("jobId") UUID jobId, @PathParam("entryId") UUID entryId) {
        return trail.entry(jobId, entryId);
    }

    /** The correcting entry is one of the trail's: its Location is the trail entry, not a place under corrections. */
    @POST
    @Path("history/{entryId}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctDecisionTrailEntry",
            summary = "Correct the comments of a decision: a new entry naming the one it supersedes and why")
    @APIResponseSchema(value = DecisionView.class, responseCode = "201", responseDescription = "The correcting entry")
    @APIResponse(responseCode = "403", description = "Only the role owning the step corrects it")
    @APIResponse(responseCode = "409", description = "The entry was already corrected")
    public RestResponse<DecisionView> correct(@PathParam("jobId") UUID jobId, @PathParam("entryId") UUID entryId,
                                              @Valid @NotNull Correction correction, @Context UriInfo uriInfo) {
        DecisionView corrected = trail.correct(jobId, entryId, correction);
        URI entry = uriInfo.getBaseUriBuilder().path(TrailResource.class).path(TrailResource.class, "entry")
                .build(jobId, corrected.id());
        return RestResponse.ResponseBuilder.<DecisionView>created(entry).entity(corrected).build();
    }

    @GET
    @Path("turnaround")
    @Operation(operationId = "getCreativeJobTurnaround",
            summary = "Time in each stage, rounds used and time from presentation to client feedback")
    public TurnaroundView turnaround(@PathParam("jobId") UUID jobId) {
        return trail.turnaround(jobId);
    }
}
