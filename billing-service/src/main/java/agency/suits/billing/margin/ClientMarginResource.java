package agency.suits.billing.margin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Under /api/clients because it is the client's figure; the gateway sends this one path to billing. */
@Path("/api/clients/{clientId}/margin")
@Tag(name = "Billing summaries",
        description = "A client's billing at a glance: its jobs' budgets and what it owes")
@Produces(MediaType.APPLICATION_JSON)
public class ClientMarginResource {

    @Inject MarginService margins;

    @GET
    @Operation(operationId = "getClientMargin", summary = "What a client earns, per currency and per job: revenue "
            + "(invoiced, retainer fees and billable), cost, margin and margin %; supervisors, directors and finance "
            + "only")
    public ClientMarginView get(@PathParam("clientId") UUID clientId) {
        return margins.ofClient(clientId);
    }
}
