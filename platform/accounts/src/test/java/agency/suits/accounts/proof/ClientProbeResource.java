package agency.suits.accounts.proof;

import agency.suits.accounts.AccountAccess;
import agency.suits.accounts.Accounts;
import agency.suits.accounts.CurrentContract;
import agency.suits.accounts.KnownClient;
import agency.suits.events.clients.TeamMember;
import agency.suits.web.problem.NotFoundProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A test-only endpoint standing in for a service's client-scoped resource. It answers the account copy as it is
 * held (events' Money inside), so it stays out of the document and its contract check.
 */
@Path("/api/probe/clients/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class ClientProbeResource {

    private final AccountAccess access;
    private final Accounts accounts;

    ClientProbeResource(AccountAccess access, Accounts accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    @GET
    @Operation(hidden = true)
    public ClientSeen get(@PathParam("id") UUID id) {
        access.requireVisible(id);
        KnownClient client = accounts.client(id).orElseThrow(() -> NotFoundProblem.of("Client", id));
        // a probe only: the services ask with the agency's date (AgencyClock)
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new ClientSeen(client, client.contractInForceOn(today).orElse(null),
                client.nextContractAfter(today).orElse(null), accounts.team(id));
    }

    public record ClientSeen(KnownClient client, CurrentContract contract, CurrentContract next,
                             List<TeamMember> team) {
    }
}
