package agency.suits.billing.changeorder;

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

@Path("/api/change-orders")
@Tag(name = "Change orders", description = "The priced difference when a job's scope grows, approved into its budget")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeOrderResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "status")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject ChangeOrderService changeOrders;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftChangeOrder",
            summary = "Draft a change order: only the difference it adds to the job's budget")
    @APIResponseSchema(value = ChangeOrderView.class, responseCode = "201", responseDescription = "Drafted")
    @APIResponse(responseCode = "404",
            description = "The job has no budget, or is of a client outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Not more than zero, or not in the budget's currency")
    public RestResponse<ChangeOrderView> create(@Valid @NotNull NewChangeOrder body, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, changeOrders.create(body));
    }

    @GET
    @Operation(operationId = "listChangeOrders", summary = "Change orders, optionally of one job, newest first")
    public Page<ChangeOrderView> list(@QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                      @BeanParam PageQuery paging) {
        return changeOrders.list(jobNumber, paging.resolve(SORTING));
    }

    @GET
    @Path("/{changeOrderId}")
    @Operation(operationId = "getChangeOrder", summary = "One change order")
    public RestResponse<ChangeOrderView> get(@PathParam("changeOrderId") UUID changeOrderId) {
        return VersionTag.ok(changeOrders.get(changeOrderId));
    }

    @POST
    @Path("/{changeOrderId}/approve")
    @Operation(operationId = "approveChangeOrder", summary = "Approve: by a supervisor or director who did not create "
            + "it; raises the budget by the difference")
    @APIResponseSchema(value = ChangeOrderView.class, responseCode = "200", responseDescription = "Approved")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, or the author")
    @APIResponse(responseCode = "409", description = "Approved already")
    public RestResponse<ChangeOrderView> approve(@PathParam("changeOrderId") UUID changeOrderId,
                                                 @BeanParam IfMatchHeader ifMatch) {
        return VersionTag.ok(changeOrders.approve(changeOrderId, ifMatch.required()));
    }
}
