package agency.suits.billing.margin;

import agency.suits.web.validation.JobNumberFormat;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/jobs/{jobNumber}/margin")
@Tag(name = "Job budgets", description = "What a job may spend, what it has spent and what it has promised vendors")
@Produces(MediaType.APPLICATION_JSON)
public class MarginResource {

    @Inject MarginService margins;

    @GET
    @Operation(operationId = "getJobMargin", summary = "What a job earns: revenue (invoiced and billable), cost (hours "
            + "at cost rates, vendor costs), margin and margin %; supervisors, directors and finance only")
    public JobMarginView get(@PathParam("jobNumber") @JobNumberFormat String jobNumber) {
        return margins.ofJob(jobNumber);
    }
}
