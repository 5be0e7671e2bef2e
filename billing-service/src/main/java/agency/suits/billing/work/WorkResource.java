package agency.suits.billing.work;

import agency.suits.web.work.WorkList;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(WorkList.PATH)
@Tag(name = WorkList.TAG, description = WorkList.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

    @Inject WorkService work;

    @GET
    @Operation(operationId = "listBillingWork", summary = "What waits for the caller in billing-service now",
            description = "Estimates, change orders, payables and invoices to approve within the caller's approval"
                    + " level (never what they created), and for finance the invoices to issue and payables to"
                    + " release, oldest first. The creative department and traffic have nothing here. The gateway"
                    + " merges this part into GET /api/me/work; see docs/work-list.md.")
    public WorkList mine() {
        return work.mine();
    }
}
