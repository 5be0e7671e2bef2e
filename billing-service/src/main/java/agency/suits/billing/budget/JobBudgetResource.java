package agency.suits.billing.budget;

import agency.suits.web.VersionTag;
import agency.suits.web.validation.JobNumberFormat;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/jobs/{jobNumber}/budget")
@Tag(name = "Job budgets")
@Produces(MediaType.APPLICATION_JSON)
public class JobBudgetResource {

    @Inject JobBudgetService budgets;

    @GET
    @Operation(summary = "A job's budget, actuals, committed payables, remaining and burn percent")
    @APIResponse(responseCode = "200", description = "The budget; ETag is its version")
    @APIResponse(responseCode = "403", description = "Creatives never see money")
    @APIResponse(responseCode = "404", description = "No budget for this job (no brief submitted yet)")
    public Response get(@PathParam("jobNumber") @JobNumberFormat String jobNumber) {
        BudgetView view = budgets.view(jobNumber);
        return Response.ok(view).tag(VersionTag.of(view.version())).build();
    }
}
