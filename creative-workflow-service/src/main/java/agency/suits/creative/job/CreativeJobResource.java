package agency.suits.creative.job;

import agency.suits.web.IfMatch;
import agency.suits.web.VersionTag;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/creative-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Creative jobs")
public class CreativeJobResource {

    private static final Sorting SORTING = Sorting.by("openedAt", "jobNumber", "dueOn")
            .byDefault("openedAt", SortOrder.Direction.DESC);

    @Inject CreativeJobService jobs;

    @GET
    @Operation(summary = "List the creative jobs the caller may see, filtered by job number, client, status, "
            + "assignee, overdue")
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    public Page<JobSummary> list(@QueryParam("jobNumber") String jobNumber, @QueryParam("clientId") String clientId,
                                 @QueryParam("status") String status, @QueryParam("assignee") String assignee,
                                 @QueryParam("overdue") String overdue, @BeanParam PageQuery paging) {
        return jobs.list(JobFilter.fromQuery(jobNumber, clientId, status, assignee, overdue), paging.resolve(SORTING));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A creative job with its brief copy, rounds and decisions")
    @APIResponse(responseCode = "404", description = "No such job, or one of a client the caller is not on")
    public Response get(@PathParam("id") UUID id) {
        return tagged(jobs.get(id));
    }

    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The creative director assigns a creative to the job")
    @APIResponse(responseCode = "403", description = "Only the creative director assigns")
    @APIResponse(responseCode = "409", description = "The job is closed; allowedActions lists what it allows")
    @APIResponse(responseCode = "412", description = "The job changed since the If-Match ETag was read")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response assign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull Assignment assignment) {
        return tagged(jobs.assign(id, IfMatch.required(ifMatch), assignment.staffId()));
    }

    /** The job with its version as the ETag: what a client sends back as If-Match on the job's next step. */
    public static Response tagged(JobView job) {
        return Response.ok(job).tag(VersionTag.of(job.version())).build();
    }

    public record Assignment(@NotNull UUID staffId) {
    }
}
