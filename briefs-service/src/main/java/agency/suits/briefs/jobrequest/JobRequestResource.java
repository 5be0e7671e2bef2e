package agency.suits.briefs.jobrequest;

import agency.suits.web.IfMatchHeader;
import agency.suits.web.Created;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
    @Operation(operationId = "logJobRequest",
            summary = "Log a job request; it gets the client's next job number and status RECEIVED")
    @APIResponseSchema(value = JobRequestView.class, responseCode = "201",
            responseDescription = "Logged; Location and ETag set")
    // the path names no client, so the platform does not add the 404 of a client the caller is not on
    @APIResponse(responseCode = "404", description = "No such client among the caller's accounts",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The client is paused or churned")
    public RestResponse<JobRequestView> create(@Valid @NotNull NewJobRequest request, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, jobs.create(request));
    }

    @GET
    @Operation(operationId = "listJobRequests",
            summary = "The job requests of the clients the caller works on, newest first")
    public Page<JobRequestView> list(@BeanParam PageQuery paging, @QueryParam("clientId") UUID clientId,
                                     @QueryParam("status") JobStatus status) {
        return jobs.list(paging.resolve(SORTING), clientId, status);
    }

    @GET
    @Path("{jobRequestId}")
    @Operation(operationId = "getJobRequest", summary = "One job request, with the status moves it allows now")
    @APIResponseSchema(value = JobRequestView.class, responseCode = "200",
            responseDescription = "The job request; ETag is its version")
    public RestResponse<JobRequestView> get(@PathParam("jobRequestId") UUID id) {
        return VersionTag.ok(jobs.get(id));
    }

    @POST
    @Path("{jobRequestId}/status")
    @Operation(operationId = "changeJobRequestStatus",
            summary = "Move the job to another status (legal moves only; SUBMITTED comes from the brief)")
    @APIResponseSchema(value = JobRequestView.class, responseCode = "200",
            responseDescription = "Moved; ETag is the new version")
    @APIResponse(responseCode = "409", description = "Not a legal move; allowedActions lists the legal ones")
    public RestResponse<JobRequestView> changeStatus(@PathParam("jobRequestId") UUID id,
                                                     @BeanParam IfMatchHeader ifMatch,
                                                     @Valid @NotNull StatusChange change) {
        return VersionTag.ok(jobs.changeStatus(id, ifMatch.required(), change));
    }
}
