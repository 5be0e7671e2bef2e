package agency.suits.billing.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/billing-summaries/{clientId}")
@Tag(name = "Billing summaries",
        description = "A client's billing at a glance: its jobs' budgets and what it owes")
@Produces(MediaType.APPLICATION_JSON)
public class BillingSummaryResource {

    @Inject BillingSummaryService summaries;

    @GET
    @Operation(operationId = "getBillingSummary", summary = "A client's jobs (budget against actuals) and its "
            + "receivables aged 0-30, 31-60, 61-90, 90+ days")
    public BillingSummaryView get(@PathParam("clientId") UUID clientId, @QueryParam("asOf") LocalDate asOf) {
        return summaries.of(clientId, asOf);
    }
}
