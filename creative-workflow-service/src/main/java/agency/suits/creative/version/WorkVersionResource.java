package agency.suits.creative.version;

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

@Path("/api/creative-jobs/{jobId}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work versions")
public class WorkVersionResource {

    @Inject WorkVersionService versions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a version of a piece of work (metadata and a link to the asset)")
    @APIResponse(responseCode = "201", description = "Recorded, numbered within its deliverable")
    @APIResponse(responseCode = "403", description = "Only assigned creatives or the creative director")
    @APIResponse(responseCode = "409", description = "The job is not in work; allowedActions lists what it allows")
    @APIResponse(responseCode = "422", description = "Not a deliverable of the brief, or an unusable asset link")
    public RestResponse<WorkVersionView> add(@PathParam("jobId") UUID jobId, @Valid @NotNull NewWorkVersion version,
                                             @Context UriInfo uriInfo) {
        WorkVersionView added = versions.add(jobId, version);
        return Created.at(uriInfo, added.id(), added);
    }

    @GET
    @Operation(summary = "The job's work versions, oldest first")
    public List<WorkVersionView> list(@PathParam("jobId") UUID jobId) {
        return versions.list(jobId);
    }

    @GET
    @Path("{versionId}")
    @Operation(summary = "One work version")
    public WorkVersionView get(@PathParam("jobId") UUID jobId, @PathParam("versionId") UUID versionId) {
        return versions.get(jobId, versionId);
    }
}
