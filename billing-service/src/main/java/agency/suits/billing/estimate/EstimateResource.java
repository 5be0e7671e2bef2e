package agency.suits.billing.estimate;

import agency.suits.billing.ListQuery;
import agency.suits.billing.access.BillingAccess;
import agency.suits.billing.budget.JobBudgetResource;
import agency.suits.web.Created;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

    private final Estimates estimates;
    private final BillingAccess access;

    EstimateResource(Estimates estimates, BillingAccess access) {
        this.estimates = estimates;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft the next version of a job's estimate; the server prices the lines and the total")
    @APIResponse(responseCode = "201", description = "Drafted")
    @APIResponse(responseCode = "422", description = "A line cannot be priced (no rate card, wrong currency, bad shape)")
    public RestResponse<EstimateView> create(@Valid @NotNull EstimateBodies.NewEstimate body, @Context UriInfo uriInfo) {
        access.requireMoneyRole();
        access.requireVisibleJob(body.jobNumber());
        Estimate estimate = estimates.create(body, access.staffId());
        return Created.at(uriInfo, estimate.id, EstimateView.of(estimate), estimate.version);
    }

    @GET
    @Operation(summary = "Estimates, optionally of one job, latest version first")
    public Page<EstimateView> list(@QueryParam("jobNumber") @Pattern(regexp = JobBudgetResource.JOB_NUMBER,
            message = "must be a job number such as ACME-2026-0042") String jobNumber, @BeanParam PageQuery paging) {
        access.requireMoneyRole();
        return estimates.list(ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber), paging.resolve(SORTING)).map(EstimateView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One estimate version with its priced lines")
    public Response get(@PathParam("id") UUID id) {
        access.requireMoneyRole();
        Estimate estimate = estimates.get(id);
        access.requireVisible(estimate.clientId, "Estimate", id);
        return Response.ok(EstimateView.of(estimate)).tag(VersionTag.of(estimate.version)).build();
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve: by a supervisor or director who is not the author; becomes the job budget; "
            + "publishes EstimateApproved")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, or the author")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.requireMoneyRole();
        access.requireVisible(estimates.get(id).clientId, "Estimate", id);
        Estimate estimate = estimates.approve(id, ifMatch, access.staff());
        return Response.ok(EstimateView.of(estimate)).tag(VersionTag.of(estimate.version)).build();
    }

    @POST
    @Path("/{id}/client-approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the client's approval of an approved estimate")
    public Response clientApproval(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull EstimateBodies.ClientApproval body) {
        access.requireMoneyRole();
        access.requireVisible(estimates.get(id).clientId, "Estimate", id);
        Estimate estimate = estimates.recordClientApproval(id, ifMatch, body, access.staffId());
        return Response.ok(EstimateView.of(estimate)).tag(VersionTag.of(estimate.version)).build();
    }
}
