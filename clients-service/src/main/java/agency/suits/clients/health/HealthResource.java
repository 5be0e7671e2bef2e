package agency.suits.clients.health;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/clients/{clientId}/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Relationship health",
        description = "How well a client relationship is going: a 0-100 score and the signals behind it")
public class HealthResource {

    @Inject HealthService health;

    @GET
    @Operation(operationId = "getClientHealth",
            summary = "The client's health score now, with every signal (source event, when, weight) behind it")
    public HealthView health(@PathParam("clientId") UUID clientId) {
        return health.view(clientId);
    }
}
