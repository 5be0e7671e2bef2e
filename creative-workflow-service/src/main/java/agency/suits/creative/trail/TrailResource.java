package agency.suits.creative.trail;

import agency.suits.creative.job.DecisionView;
import agency.suits.web.Created;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/creative-jobs/{jobId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decision trail")
public class TrailResource {

    @Inject TrailService trail;

    @GET
    @Path("history")
    @Operation(summary = "Every decision on the job in the order recorded, corrections included")
    public List<DecisionView> history(@PathParam("jobId") UUID jobId) {
        return trail.history(jobId);
    }

    @POST
    @Path("history/{entryId}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the comments of a decision: a new entry naming the one it supersedes and why")
    @APIResponse(responseCode = "201", description = "The correcting entry")
    @APIResponse(responseCode = "403", description = "Only the role owning the step corrects it")
    @APIResponse(responseCode = "409", description = "The entry was already corrected")
    public RestResponse<DecisionView> correct(@PathParam("jobId") UUID jobId, @PathParam("entryId") UUID entryId,
                                              @Valid @NotNull Correction correction, @Context UriInfo uriInfo) {
        DecisionView corrected = trail.correct(jobId, entryId, correction);
        return Created.at(uriInfo, corrected.id(), corrected);
    }

    @GET
    @Path("turnaround")
    @Operation(summary = "Time in each stage, rounds used and time from presentation to client feedback")
    public TurnaroundView turnaround(@PathParam("jobId") UUID jobId) {
        return trail.turnaround(jobId);
    }
}
