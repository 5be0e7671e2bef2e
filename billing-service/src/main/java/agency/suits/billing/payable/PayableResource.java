package agency.suits.billing.payable;

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

@Path("/api/payables")
@Tag(name = "Payables", description = "Money owed to vendors for a job: committed once approved, spent once released")
@Produces(MediaType.APPLICATION_JSON)
public class PayableResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "status")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject PayableService payables;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPayable",
            summary = "Record money owed to a vendor for a job (a draft until approved)")
    @APIResponseSchema(value = PayableView.class, responseCode = "201", responseDescription = "Drafted")
    @APIResponse(responseCode = "404",
            description = "The job has no budget, or is of a client outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Not more than zero, or not in the budget's currency")
    public RestResponse<PayableView> create(@Valid @NotNull NewPayable body, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, payables.create(body));
    }

    @GET
    @Operation(operationId = "listPayables", summary = "Payables, optionally of one job")
    public Page<PayableView> list(@QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                  @BeanParam PageQuery paging) {
        return payables.list(jobNumber, paging.resolve(SORTING));
    }

    @GET
    @Path("/{payableId}")
    @Operation(operationId = "getPayable", summary = "One payable")
    public RestResponse<PayableView> get(@PathParam("payableId") UUID payableId) {
        return VersionTag.ok(payables.get(payableId));
    }

    @POST
    @Path("/{payableId}/approve")
    @Operation(operationId = "approvePayable", summary = "Approve: never by its creator; a supervisor up to the "
            + "currency's limit, a director above; publishes PayableApproved")
    @APIResponseSchema(value = PayableView.class, responseCode = "200",
            responseDescription = "Approved; committed on the job's budget")
    @APIResponse(responseCode = "403", description = "The creator, or not senior enough for the amount")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public RestResponse<PayableView> approve(@PathParam("payableId") UUID payableId,
                                             @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(payables.approve(payableId, ifMatch.required()));
    }

    @POST
    @Path("/{payableId}/release")
    @Operation(operationId = "releasePayable",
            summary = "Finance releases (pays out) an approved payable; it becomes an actual of the job")
    @APIResponseSchema(value = PayableView.class, responseCode = "200",
            responseDescription = "Released; moved from committed to the job's actuals")
    @APIResponse(responseCode = "403", description = "Not finance")
    @APIResponse(responseCode = "409", description = "Not approved, or released already")
    public RestResponse<PayableView> release(@PathParam("payableId") UUID payableId,
                                             @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(payables.release(payableId, ifMatch.required()));
    }
}
