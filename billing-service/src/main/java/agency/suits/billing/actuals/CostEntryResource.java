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

@Path("/api/cost-entries")
@Tag(name = "Actuals", description = "Hours and vendor costs booked on a job: what it has actually spent")
@Produces(MediaType.APPLICATION_JSON)
public class CostEntryResource {

    private static final Sorting SORTING = Sorting.by("incurredOn", "recordedAt")
            .byDefault("incurredOn", SortOrder.Direction.DESC);

    @Inject ActualsService actuals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCostEntry", summary = "Book a vendor cost on a job")
    @APIResponseSchema(value = CostEntryView.class, responseCode = "201",
            responseDescription = "Booked; the job's actuals grew by its value")
    @APIResponse(responseCode = "404",
            description = "The job has no budget, or is of a client outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Amount not positive, or its currency is not the budget's")
    public RestResponse<CostEntryView> record(@Valid @NotNull NewCostEntry body, @Context UriInfo uriInfo) {
        CostEntryView entry = actuals.recordCost(body);
        return Created.at(uriInfo, entry.id(), entry);
    }

    @GET
    @Operation(operationId = "listCostEntries", summary = "Cost entries, optionally of one job")
    public Page<CostEntryView> list(@QueryParam("jobNumber") @JobNumberFormat String jobNumber,
                                    @BeanParam PageQuery paging) {
        return actuals.costEntries(jobNumber, paging.resolve(SORTING));
    }

    @GET
    @Path("/{costEntryId}")
    @Operation(operationId = "getCostEntry", summary = "One cost entry")
    public CostEntryView get(@PathParam("costEntryId") UUID costEntryId) {
        return actuals.costEntry(costEntryId);
    }

    @POST
    @Path("/{costEntryId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reverseCostEntry",
            summary = "Take back an unbilled cost entry with its opposite (negative) entry, once; entries are never "
                    + "edited")
    @APIResponseSchema(value = CostEntryView.class, responseCode = "201",
            responseDescription = "The reversal, booked; the job's actuals fell by the entry's value")
    @APIResponse(responseCode = "404", description = "No such entry, or of a client outside the caller's book",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The entry is billed (void the draft invoice or issue a credit "
            + "note), reversed already, or a reversal itself",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<CostEntryView> reverse(@PathParam("costEntryId") UUID costEntryId,
                                         @Valid @NotNull Reversal reversal, @Context UriInfo uriInfo) {
        CostEntryView entry = actuals.reverseCost(costEntryId, reversal);
        return Created.in(uriInfo, "api/cost-entries", entry.id(), entry);
    }
}
