package agency.suits.billing.changeorder;

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

@Path("/api/change-orders")
@Tag(name = "Change orders")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeOrderResource {

    private static final Sorting SORTING = Sorting.by("createdAt", "status")
            .byDefault("createdAt", SortOrder.Direction.DESC);

    private final ChangeOrders changeOrders;
    private final BillingAccess access;

    ChangeOrderResource(ChangeOrders changeOrders, BillingAccess access) {
        this.changeOrders = changeOrders;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a change order: only the difference it adds to the job's budget")
    @APIResponse(responseCode = "201", description = "Drafted")
    @APIResponse(responseCode = "422", description = "Not more than zero, or not in the budget's currency")
    public RestResponse<ChangeOrderView> create(@Valid @NotNull ChangeOrderBody body, @Context UriInfo uriInfo) {
        access.requireMoneyRole();
        access.requireVisibleJob(body.jobNumber());
        ChangeOrder order = changeOrders.create(body, access.staffId());
        return Created.at(uriInfo, order.id, ChangeOrderView.of(order), order.version);
    }

    @GET
    @Operation(summary = "Change orders, optionally of one job, newest first")
    public Page<ChangeOrderView> list(@QueryParam("jobNumber") @Pattern(regexp = JobBudgetResource.JOB_NUMBER,
            message = "must be a job number such as ACME-2026-0042") String jobNumber, @BeanParam PageQuery paging) {
        access.requireMoneyRole();
        return changeOrders.list(ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber), paging.resolve(SORTING)).map(ChangeOrderView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One change order")
    public Response get(@PathParam("id") UUID id) {
        access.requireMoneyRole();
        ChangeOrder order = changeOrders.get(id);
        access.requireVisible(order.clientId, "Change order", id);
        return Response.ok(ChangeOrderView.of(order)).tag(VersionTag.of(order.version)).build();
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve: by a supervisor or director who did not create it; raises the budget by the difference")
    @APIResponse(responseCode = "403", description = "Not a supervisor or director, or the author")
    @APIResponse(responseCode = "409", description = "Approved already")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.requireMoneyRole();
        access.requireVisible(changeOrders.get(id).clientId, "Change order", id);
        ChangeOrder order = changeOrders.approve(id, ifMatch, access.staff());
        return Response.ok(ChangeOrderView.of(order)).tag(VersionTag.of(order.version)).build();
    }
}
