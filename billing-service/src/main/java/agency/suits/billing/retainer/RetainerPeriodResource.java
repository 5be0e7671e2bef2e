package agency.suits.billing.retainer;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Under /api/clients because a retainer is the client's; the gateway sends this one path to billing. */
@Path("/api/clients/{clientId}/retainer-periods")
@Tag(name = "Billing summaries",
        description = "A client's billing at a glance: its jobs' budgets and what it owes")
@Produces(MediaType.APPLICATION_JSON)
public class RetainerPeriodResource {

    @Inject RetainerPeriodService periods;

    @GET
    @Operation(operationId = "listRetainerPeriods", summary = "A client's started retainer periods: hours logged, "
            + "their value and cost against the fee, used % and over-servicing; supervisors, directors and finance "
            + "only")
    public RetainerPeriodsView list(@PathParam("clientId") UUID clientId) {
        return periods.of(clientId);
    }
}
