package agency.suits.billing.actuals;

import agency.suits.billing.ListQuery;
import agency.suits.billing.access.BillingAccess;
import agency.suits.billing.actuals.ActualViews.TimeEntryView;
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

@Path("/api/time-entries")
@Tag(name = "Actuals")
@Produces(MediaType.APPLICATION_JSON)
public class TimeEntryResource {

    private static final Sorting SORTING = Sorting.by("workDate", "recordedAt").byDefault("workDate", SortOrder.Direction.DESC);

    private final Actuals actuals;
    private final BillingAccess access;

    TimeEntryResource(Actuals actuals, BillingAccess access) {
        this.actuals = actuals;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book hours on a job, valued at the rate card of the work date")
    @APIResponse(responseCode = "201", description = "Booked; the job's actuals grew by its value")
    @APIResponse(responseCode = "404", description = "The job has no budget")
    @APIResponse(responseCode = "422", description = "No rate card for the role on that date, or its currency is not the budget's")
    public RestResponse<TimeEntryView> record(@Valid @NotNull TimeEntryBody body, @Context UriInfo uriInfo) {
        access.requireMoneyRole();
        access.requireVisibleJob(body.jobNumber());
        TimeEntry entry = actuals.recordTime(body, access.staffId());
        return Created.at(uriInfo, entry.id, TimeEntryView.of(entry));
    }

    @GET
    @Operation(summary = "Time entries, optionally of one job")
    public Page<TimeEntryView> list(@QueryParam("jobNumber") @Pattern(regexp = JobBudgetResource.JOB_NUMBER,
            message = "must be a job number such as ACME-2026-0042") String jobNumber, @BeanParam PageQuery paging) {
        access.requireMoneyRole();
        return actuals.timeEntries(ListQuery.visibleTo(access.visible()).and("jobNumber", jobNumber), paging.resolve(SORTING)).map(TimeEntryView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One time entry")
    public TimeEntryView get(@PathParam("id") UUID id) {
        access.requireMoneyRole();
        var entry = actuals.timeEntry(id);
        access.requireVisible(entry.clientId, "Time entry", id);
        return TimeEntryView.of(entry);
    }
}
