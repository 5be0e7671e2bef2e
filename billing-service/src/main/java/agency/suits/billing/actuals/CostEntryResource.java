package agency.suits.billing.actuals;

import agency.suits.billing.ListQuery;
import agency.suits.billing.access.BillingAccess;
import agency.suits.billing.actuals.ActualViews.CostEntryView;
import agency.suits.billing.budget.JobBudgetResource;
import agency.suits.web.Created;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/cost-entries")
@Tag(name = "Actuals")
@Produces(MediaType.APPLICATION_JSON)
public class CostEntryResource {

    private static final Sorting SORTING = Sorting.by("incurredOn", "recordedAt").byDefault("incurredOn", SortOrder.Direction.DESC);

    private final Actuals actuals;
    private final BillingAccess access;

    CostEntryResource(Actuals actuals, BillingAccess access) {
        this.actuals = actuals;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a vendor cost on a job")
    @APIResponse(responseCode = "201", description = "Booked; the job's actuals grew by its value")
    @APIResponse(responseCode = "404", description = "The job has no budget")
    @APIResponse(responseCode = "422", description = "Amount not positive, or its currency is not the budget's")
    public RestResponse<CostEntryView> record(@Valid @NotNull CostEntryBody body, @Context UriInfo uriInfo) {
        access.requireMoneyRole();
        access.requireVisibleJob(body.jobNumber());
        CostEntry entry = actuals.recordCost(body, access.staffId());
        return Created.at(uriInfo, entry.id, CostEntryView.of(entry));
    }

    @GET
    @Operation(summary = "Cost entries, optionally of one job")
    public Page<CostEntryView> list(@QueryParam("jobNumber") @Pattern(regexp = JobBudgetResource.JOB_NUMBER,
            message = "must be a job number such as ACME-2026-0042") String jobNumber, @BeanParam PageQuery paging) {
        access.requireMoneyRole();
        return actuals.costEntries(ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber), paging.resolve(SORTING)).map(CostEntryView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One cost entry")
    public CostEntryView get(@PathParam("id") UUID id) {
        access.requireMoneyRole();
        var entry = actuals.costEntry(id);
        access.requireVisible(entry.clientId, "Cost entry", id);
        return CostEntryView.of(entry);
    }
}
