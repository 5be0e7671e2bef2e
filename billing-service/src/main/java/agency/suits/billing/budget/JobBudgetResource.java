package agency.suits.billing.budget;

import agency.suits.billing.access.BillingAccess;
import agency.suits.web.VersionTag;
import jakarta.validation.constraints.Pattern;
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

    public static final String JOB_NUMBER = "^[A-Z][A-Z0-9]{1,9}-[0-9]{4}-[0-9]{4,6}$";

    private final JobBudgets budgets;
    private final BillingAccess access;

    JobBudgetResource(JobBudgets budgets, BillingAccess access) {
        this.budgets = budgets;
        this.access = access;
    }

    @GET
    @Operation(summary = "A job's budget, actuals, committed payables, remaining and burn percent")
    @APIResponse(responseCode = "200", description = "The budget; ETag is its version")
    @APIResponse(responseCode = "403", description = "Creatives never see money")
    @APIResponse(responseCode = "404", description = "No budget for this job (no brief submitted yet)")
    public Response get(@PathParam("jobNumber") @Pattern(regexp = JOB_NUMBER, message = "must be a job number such as ACME-2026-0042") String jobNumber) {
        access.requireMoneyRole();
        BudgetView view = budgets.view(jobNumber);
        access.requireVisible(view.clientId(), "Job budget", jobNumber);
        return Response.ok(view).tag(VersionTag.of(view.version())).build();
    }
}
