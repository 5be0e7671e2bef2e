package agency.suits.billing.budget;

import agency.suits.web.VersionTag;
import agency.suits.web.validation.JobNumberFormat;
import jakarta.inject.Inject;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/jobs/{jobNumber}/budget")
@Tag(name = "Job budgets", description = "What a job may spend, what it has spent and what it has promised vendors")
@Produces(MediaType.APPLICATION_JSON)
public class JobBudgetResource {

    private static final Sorting SORTING = Sorting.by("movedAt").byDefault("movedAt", SortOrder.Direction.ASC);

    @Inject JobBudgetService budgets;

    @GET
    @Operation(operationId = "getJobBudget",
            summary = "A job's budget, actuals, committed payables, remaining and burn percent")
    @APIResponseSchema(value = BudgetView.class, responseCode = "200",
            responseDescription = "The budget; ETag is its version")
    @APIResponse(responseCode = "403", description = "Creatives never see money")
    @APIResponse(responseCode = "404", description = "No budget for this job (no brief submitted yet)")
    public RestResponse<BudgetView> get(@PathParam("jobNumber") @JobNumberFormat String jobNumber) {
        return VersionTag.ok(budgets.view(jobNumber));
    }

    @GET
    @Path("/ledger")
    @Operation(operationId = "getJobBudgetLedger", summary = "Every movement of a job's budget, oldest first: what "
            + "moved it (brief, estimate, change order), by how much, to what, who, when and why")
    public Page<BudgetMovementView> ledger(@PathParam("jobNumber") @JobNumberFormat String jobNumber,
                                           @BeanParam PageQuery paging) {
        return budgets.ledger(jobNumber, paging.resolve(SORTING));
    }
}
