package agency.suits.billing.actuals;

import agency.suits.web.Created;
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

@Path("/api/time-entries")
@Tag(name = "Actuals", description = "Hours and vendor costs booked on a job: what it has actually spent")
@Produces(MediaType.APPLICATION_JSON)
public class TimeEntryResource {

    private static final Sorting SORTING = Sorting.by("workDate", "recordedAt")
            .byDefault("workDate", SortOrder.Direction.DESC);

    @Inject ActualsService actuals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordTimeEntry",
            summary = "Book hours on a job, valued at the rate card of the work date")
    @APIResponseSchema(value = TimeEntryView.class, responseCode = "201",
            responseDescription = "Booked; the job's actuals grew by its value")
    @APIResponse(responseCode = "404",
            description = "The job has no budget, or is of a client outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422",
            description = "No rate card for the role on that date, or its currency is not the budget's")
    public RestResponse<TimeEntryView> record(@Valid @NotNull NewTimeEntry body, @Context UriInfo uriInfo) {
        TimeEntryView entry = actuals.recordTime(body);
        return Created.at(uriInfo, entry.id(), entry);
    }

    @GET
    @Operation(operationId = "listTimeEntries", summary = "Time entries, optionally of one job")
    public Page<TimeEntryView> list(@QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                    @BeanParam PageQuery paging) {
        return actuals.timeEntries(jobNumber, paging.resolve(SORTING));
    }

    @GET
    @Path("/{timeEntryId}")
    @Operation(operationId = "getTimeEntry", summary = "One time entry")
    public TimeEntryView get(@PathParam("timeEntryId") UUID timeEntryId) {
        return actuals.timeEntry(timeEntryId);
    }

    @POST
    @Path("/{timeEntryId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reverseTimeEntry",
            summary = "Take back an unbilled time entry with its opposite (negative) entry, once; entries are never "
                    + "edited")
    @APIResponseSchema(value = TimeEntryView.class, responseCode = "201",
            responseDescription = "The reversal, booked; the job's actuals fell by the entry's value")
    @APIResponse(responseCode = "404", description = "No such entry, or of a client outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The entry is billed (void the draft invoice or issue a credit "
            + "note), reversed already, or a reversal itself",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<TimeEntryView> reverse(@PathParam("timeEntryId") UUID timeEntryId,
                                         @Valid @NotNull Reversal reversal, @Context UriInfo uriInfo) {
        TimeEntryView entry = actuals.reverseTime(timeEntryId, reversal);
        return Created.in(uriInfo, "api/time-entries", entry.id(), entry);
    }
}
