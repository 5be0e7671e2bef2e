package agency.suits.billing.estimate;

import agency.suits.web.IfMatchHeader;
import agency.suits.web.Created;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.problem.Problem;
import agency.suits.web.validation.JobNumberFormat;
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

@Path("/api/estimates")
@Tag(name = "Estimates", description = "Versioned, server-priced estimates of a job; the approved one is its budget")
@Produces(MediaType.APPLICATION_JSON)
public class EstimateResource {

    private static final Sorting SORTING = Sorting.by("estimateVersion", "createdAt")
            .byDefault("estimateVersion", SortOrder.Direction.DESC);

    @Inject EstimateService estimates;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftEstimate",
            summary = "Draft the next version of a job's estimate; the server prices the lines and the total")
    @APIResponseSchema(value = EstimateView.class, responseCode = "201", responseDescription = "Drafted")
    @APIResponse(responseCode = "404",
            description = "The job has no budget, or is of a client outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422",
            description = "A line cannot be priced (no rate card, wrong currency, bad shape)")
    public RestResponse<EstimateView> create(@Valid @NotNull NewEstimate body, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, estimates.create(body));
    }

    @GET
    @Operation(operationId = "listEstimates", summary = "Estimates, optionally of one job, latest version first")
    public Page<EstimateView> list(@QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                   @BeanParam PageQuery paging) {
        return estimates.list(jobNumber, paging.resolve(SORTING));
    }

    @GET
    @Path("/{estimateId}")
    @Operation(operationId = "getEstimate", summary = "One estimate version with its priced lines")
    public RestResponse<EstimateView> get(@PathParam("estimateId") UUID estimateId) {
        return VersionTag.ok(estimates.get(estimateId));
    }

    @POST
    @Path("/{estimateId}/approve")
    @Operation(operationId = "approveEstimate", summary = "Approve: by a supervisor or director who is not the "
            + "author; becomes the job budget; publishes EstimateApproved")
    @APIResponseSchema(value = EstimateView.class, responseCode = "200", responseDescription = "Approved")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, or the author")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public RestResponse<EstimateView> approve(@PathParam("estimateId") UUID estimateId,
                                              @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(estimates.approve(estimateId, ifMatch.required()));
    }

    @POST
    @Path("/{estimateId}/client-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordClientApprovalOfEstimate",
            summary = "Record the client's approval of an approved estimate")
    public RestResponse<EstimateView> clientApproval(@PathParam("estimateId") UUID estimateId,
                                                     @BeanParam IfMatchHeader ifMatch,
                                                     @Valid @NotNull ClientApproval body) {
        return VersionTag.ok(estimates.recordClientApproval(estimateId, ifMatch.required(), body));
    }
}
