package agency.suits.creative.version;

import agency.suits.web.Created;
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

import java.util.UUID;

@Path("/api/creative-jobs/{jobId}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Work versions", description = "The versions of the work the creatives make for a job's deliverables: "
        + "metadata and a link to the asset, numbered per deliverable")
public class WorkVersionResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "versionNumber")
            .byDefault("createdAt", SortOrder.Direction.ASC);

    @Inject WorkVersionService versions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addWorkVersion",
            summary = "Record a version of a piece of work (metadata and a link to the asset)")
    @APIResponseSchema(value = WorkVersionView.class, responseCode = "201",
            responseDescription = "Recorded, numbered within its deliverable")
    @APIResponse(responseCode = "403", description = "Only assigned creatives or the creative director")
    @APIResponse(responseCode = "409", description = "The job is not in work; allowedActions lists what it allows")
    @APIResponse(responseCode = "422", description = "Not a deliverable of the brief, or an unusable asset link")
    public RestResponse<WorkVersionView> add(@PathParam("jobId") UUID jobId, @Valid @NotNull NewWorkVersion version,
                                             @Context UriInfo uriInfo) {
        WorkVersionView added = versions.add(jobId, version);
        return Created.at(uriInfo, added.id(), added);
    }

    @GET
    @Operation(operationId = "listWorkVersions", summary = "The job's work versions, oldest first")
    public Page<WorkVersionView> list(@PathParam("jobId") UUID jobId, @BeanParam PageQuery paging) {
        return versions.list(jobId, paging.resolve(SORTING));
    }

    @GET
    @Path("{workVersionId}")
    @Operation(operationId = "getWorkVersion", summary = "One work version")
    public WorkVersionView get(@PathParam("jobId") UUID jobId, @PathParam("workVersionId") UUID workVersionId) {
        return versions.get(jobId, workVersionId);
    }
}
