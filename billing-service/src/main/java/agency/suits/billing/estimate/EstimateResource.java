package agency.suits.billing.estimate;

import agency.suits.web.Created;
import agency.suits.web.IfMatch;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import agency.suits.web.validation.JobNumberFormat;
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

@Path("/api/estimates")
@Tag(name = "Estimates")
@Produces(MediaType.APPLICATION_JSON)
public class EstimateResource {

    private static final Sorting SORTING = Sorting.by("estimateVersion", "createdAt")
            .byDefault("estimateVersion", SortOrder.Direction.DESC);

    @Inject EstimateService estimates;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the next version of a job's estimate; the server prices the lines and the total")
    @APIResponse(responseCode = "201", description = "Drafted")
    @APIResponse(responseCode = "422",
            description = "A line cannot be priced (no rate card, wrong currency, bad shape)")
    public RestResponse<EstimateView> create(@Valid @NotNull NewEstimate body, @Context UriInfo uriInfo) {
        EstimateView estimate = estimates.create(body);
        return Created.at(uriInfo, estimate.id(), estimate, estimate.version());
    }

    @GET
    @Operation(summary = "Estimates, optionally of one job, latest version first")
    public Page<EstimateView> list(@QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                   @BeanParam PageQuery paging) {
        return estimates.list(jobNumber, paging.resolve(SORTING));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One estimate version with its priced lines")
    public Response get(@PathParam("id") UUID id) {
        return tagged(estimates.get(id));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve: by a supervisor or director who is not the author; becomes the job budget; "
            + "publishes EstimateApproved")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, or the author")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(estimates.approve(id, IfMatch.required(ifMatch)));
    }

    @POST
    @Path("/{id}/client-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the client's approval of an approved estimate")
    public Response clientApproval(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull ClientApproval body) {
        return tagged(estimates.recordClientApproval(id, IfMatch.required(ifMatch), body));
    }

    private static Response tagged(EstimateView estimate) {
        return Response.ok(estimate).tag(VersionTag.of(estimate.version())).build();
    }
}
