package agency.suits.clients.opportunity;

import agency.suits.clients.opportunity.PipelineService.PipelineFilter;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "New work pursued with the agency's clients")
public class PipelineResource {

    private static final Sorting SORTING = Sorting.by("expectedCloseOn", "updatedAt", "createdAt", "title")
            .byDefault("expectedCloseOn", SortOrder.Direction.ASC);

    @Inject PipelineService pipeline;

    @GET
    @Operation(operationId = "listPipeline", summary = "The opportunities across the caller's book (supervisors "
            + "their clients, directors all), open ones only unless a stage or includeClosed is asked for")
    public Page<PipelineEntry> list(@BeanParam Narrowing narrowing, @BeanParam PageQuery paging) {
        return pipeline.list(narrowing.filter(), paging.resolve(SORTING));
    }

    @GET
    @Path("totals")
    @Operation(operationId = "getPipelineTotals", summary = "How many opportunities stand in each stage and their "
            + "estimated value, per currency, for the same narrowing as the list")
    public List<PipelineTotal> totals(@BeanParam Narrowing narrowing) {
        return pipeline.totals(narrowing.filter());
    }

    /** The list's and the totals' shared query parameters. */
    public static class Narrowing {
        @Parameter(description = "Only this stage (closed stages included when asked for by name)")
        @QueryParam("stage") OpportunityStage stage;

        @Parameter(description = "Also WON and LOST opportunities")
        @QueryParam("includeClosed") @DefaultValue("false") boolean includeClosed;

        @Parameter(description = "Only the clients this supervisor is on the team of")
        @QueryParam("supervisorId") UUID supervisorId;

        @Parameter(description = "Only this client")
        @QueryParam("clientId") UUID clientId;

        @Parameter(description = "Only those expected to close on or before this day")
        @QueryParam("closingBy") LocalDate closingBy;

        PipelineFilter filter() {
            return new PipelineFilter(stage, includeClosed, supervisorId, clientId, closingBy);
        }
    }
}
