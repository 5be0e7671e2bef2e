package agency.suits.creative.job;

import agency.suits.web.IfMatchHeader;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/creative-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Creative jobs", description = "The creative department's jobs, one per submitted brief: the brief copy, "
        + "who works on it, its rounds and where it stands")
public class CreativeJobResource {

    private static final Sorting SORTING = Sorting.by("openedAt", "jobNumber", "dueOn")
            .byDefault("openedAt", SortOrder.Direction.DESC);

    @Inject CreativeJobService jobs;

    // Filters are read as text and checked by JobFilter (a 400 naming the parameter); the schemas say what it accepts.
    @GET
    @Operation(operationId = "listCreativeJobs", summary = "List the creative jobs the caller may see, filtered by "
            + "job number, client, status, assignee, overdue")
    @APIResponse(responseCode = "200", description = "One page of the jobs, newest first unless sorted otherwise")
    @APIResponse(responseCode = "400", description = "A filter or paging value is not valid")
    public Page<JobSummary> list(
            @QueryParam("jobNumber") @Parameter(description = "The job's number", schema = @Schema(
                    type = SchemaType.STRING, maxLength = JobFilter.JOB_NUMBER_LENGTH)) String jobNumber,
            @QueryParam("clientId") @Parameter(description = "Only the jobs of this client", schema = @Schema(
                    type = SchemaType.STRING, format = "uuid")) String clientId,
            @QueryParam("status") @Parameter(description = "Only the jobs in this status", schema = @Schema(
                    implementation = JobStatus.class)) String status,
            @QueryParam("assignee") @Parameter(description = "Only the jobs this creative is assigned to",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) String assignee,
            @QueryParam("overdue") @Parameter(description = "true: only the open jobs past their last milestone; "
                    + "false: only the others", schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @BeanParam PageQuery paging) {
        return jobs.list(JobFilter.fromQuery(jobNumber, clientId, status, assignee, overdue), paging.resolve(SORTING));
    }

    @GET
    @Path("{jobId}")
    @Operation(operationId = "getCreativeJob", summary = "A creative job with its brief copy, rounds and decisions")
    @APIResponseSchema(value = JobView.class, responseDescription = "The job, its version as ETag")
    @APIResponse(responseCode = "404", description = "No such job, or one of a client the caller is not on")
    public RestResponse<JobView> get(@PathParam("jobId") UUID jobId) {
        return VersionTag.ok(jobs.get(jobId));
    }

    @POST
    @Path("{jobId}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignCreative", summary = "The creative director assigns a creative to the job")
    @APIResponseSchema(value = JobView.class, responseDescription = "The job with the creative on it, its new ETag")
    @APIResponse(responseCode = "403", description = "Only the creative director assigns")
    @APIResponse(responseCode = "409", description = "The job is closed; allowedActions lists what it allows")
    @APIResponse(responseCode = "412", description = "The job changed since the If-Match ETag was read")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public RestResponse<JobView> assign(@PathParam("jobId") UUID jobId,
                                        @BeanParam IfMatchHeader ifMatch,
                                        @Valid @NotNull Assignment assignment) {
        return VersionTag.ok(jobs.assign(jobId, ifMatch.required(), assignment.staffId()));
    }

    @Schema(name = "CreativeAssignment", examples = """
            {"staffId": "3f2b8c1e-5d4a-4e7b-9c61-0a8d2e4f6b13"}""")
    public record Assignment(@NotNull UUID staffId) {
    }
}
