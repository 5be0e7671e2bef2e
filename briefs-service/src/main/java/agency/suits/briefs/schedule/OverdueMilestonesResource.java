package agency.suits.briefs.schedule;

import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/job-requests/milestones/overdue")
@Tag(name = "Traffic schedule", description = "Milestones of each job, set by traffic or the AE")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueMilestonesResource {

    /** Always most overdue first: the one order that makes sense for a list of things running late. */
    private static final Sorting SORTING = Sorting.by("dueOn").byDefault("dueOn", SortOrder.Direction.ASC);

    @Inject ScheduleService schedules;

    @GET
    @Operation(operationId = "listOverdueMilestones",
            summary = "Open milestones past their due date across the jobs the caller sees (traffic: all)")
    public Page<OverdueMilestone> overdue(@BeanParam PageQuery paging) {
        return schedules.overdue(paging.resolve(SORTING));
    }
}
