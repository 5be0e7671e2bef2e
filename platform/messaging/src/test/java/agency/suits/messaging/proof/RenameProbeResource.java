package agency.suits.messaging.proof;

import java.util.UUID;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A request that records an event, as every service's writes do: where a trace starts. */
@Path("/probe/clients/{clientId}/name")
public class RenameProbeResource {

    private final ClientChanges changes;

    RenameProbeResource(ClientChanges changes) {
        this.changes = changes;
    }

    @POST
    public String rename(@PathParam("clientId") UUID clientId, String name) {
        return changes.update(ClientUpdates.renamed(clientId, name)).id().toString();
    }
}
