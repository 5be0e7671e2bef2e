package agency.suits.billing.changeorder;

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

@Path("/api/change-orders")
@Tag(name = "Change orders")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeOrderResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "status")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    @Inject ChangeOrderService changeOrders;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a change order: only the difference it adds to the job's budget")
    @APIResponse(responseCode = "201", description = "Drafted")
    @APIResponse(responseCode = "422", description = "Not more than zero, or not in the budget's currency")
    public RestResponse<ChangeOrderView> create(@Valid @NotNull NewChangeOrder body, @Context UriInfo uriInfo) {
        ChangeOrderView order = changeOrders.create(body);
        return Created.at(uriInfo, order.id(), order, order.version());
    }

    @GET
    @Operation(summary = "Change orders, optionally of one job, newest first")
    public Page<ChangeOrderView> list(@QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                      @BeanParam PageQuery paging) {
        return changeOrders.list(jobNumber, paging.resolve(SORTING));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One change order")
    public Response get(@PathParam("id") UUID id) {
        ChangeOrderView order = changeOrders.get(id);
        return Response.ok(order).tag(VersionTag.of(order.version())).build();
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve: by a supervisor or director who did not create it; "
            + "raises the budget by the difference")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, or the author")
    @APIResponse(responseCode = "409", description = "Approved already")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ChangeOrderView order = changeOrders.approve(id, IfMatch.required(ifMatch));
        return Response.ok(order).tag(VersionTag.of(order.version())).build();
    }
}
