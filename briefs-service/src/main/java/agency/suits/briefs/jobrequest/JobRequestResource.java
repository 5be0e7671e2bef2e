package agency.suits.briefs.jobrequest;

import agency.suits.web.Created;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/job-requests")
@Tag(name = "Job requests", description = "What clients ask for, under an agency-wide job number")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobRequestResource {

    private static final Sorting SORTING = Sorting.by("receivedAt", "wantedBy", "jobNumber")
            .byDefault("receivedAt", SortOrder.Direction.DESC);

    @Inject JobRequestService jobs;

    @POST
    @Operation(summary = "Log a job request; it gets the client's next job number and status RECEIVED")
    @APIResponse(responseCode = "201", description = "Logged; Location and ETag set")
    @APIResponse(responseCode = "404", description = "No such client among the caller's accounts")
    @APIResponse(responseCode = "409", description = "The client is paused or churned")
    public RestResponse<JobRequestView> create(@Valid @NotNull NewJobRequest request, @Context UriInfo uriInfo) {
        JobRequestView created = jobs.create(request);
        return Created.at(uriInfo, created.id(), created, created.version());
    }

    @GET
    @Operation(summary = "The job requests of the clients the caller works on, newest first")
    public Page<JobRequestView> list(@BeanParam PageQuery paging, @QueryParam("clientId") UUID clientId,
                                     @QueryParam("status") JobStatus status) {
        return jobs.list(paging.resolve(SORTING), clientId, status);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One job request, with the status moves it allows now")
    @APIResponse(responseCode = "200", description = "The job request; ETag is its version")
    public Response get(@PathParam("id") UUID id) {
        JobRequestView job = jobs.get(id);
        return Response.ok(job).tag(VersionTag.of(job.version())).build();
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move the job to another status (legal moves only; SUBMITTED comes from the brief)")
    @APIResponse(responseCode = "409", description = "Not a legal move; allowedActions lists the legal ones")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull StatusChange change) {
        JobRequestView job = jobs.changeStatus(id, IfMatch.required(ifMatch), change);
        return Response.ok(job).tag(VersionTag.of(job.version())).build();
    }
}
