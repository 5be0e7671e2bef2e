package agency.suits.clients.client;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/clients/{clientId}/team")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account team", description = "Who works on a client, in which account role, and who leads it")
public class TeamResource {

    @Inject AccountTeamService teams;

    @GET
    @Operation(operationId = "getAccountTeam", summary = "The client's account team")
    public TeamView team(@PathParam("clientId") UUID clientId) {
        return teams.team(clientId);
    }

    @PUT
    @Path("{staffId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignAccountTeamMember", summary = "Put a staff member on the team in an account role, "
            + "or change their role (supervisors, directors); no If-Match: it states one person's place and "
            + "overwrites nothing read")
    @APIResponseSchema(value = TeamView.class, responseDescription = "The team with the person in their role")
    @APIResponse(responseCode = "409", description = "The AE cap or the primary-supervisor rule refuses it")
    public TeamView assign(@PathParam("clientId") UUID clientId, @PathParam("staffId") UUID staffId,
                           @Valid @NotNull TeamAssignment assignment) {
        return teams.assign(clientId, staffId, assignment);
    }

    @DELETE
    @Path("{staffId}")
    @Operation(operationId = "removeAccountTeamMember",
            summary = "Take a staff member off the team (supervisors, directors)")
    @APIResponseSchema(value = TeamView.class, responseDescription = "The team without the person")
    @APIResponse(responseCode = "404",
            description = "No such client in the caller's book, or the person is not on its team")
    @APIResponse(responseCode = "409",
            description = "The primary supervisor of an active client must be replaced first")
    public TeamView remove(@PathParam("clientId") UUID clientId, @PathParam("staffId") UUID staffId) {
        return teams.remove(clientId, staffId);
    }
}
