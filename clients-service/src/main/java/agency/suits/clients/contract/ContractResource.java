package agency.suits.clients.contract;

import agency.suits.web.Created;
import agency.suits.web.VersionTag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/clients/{clientId}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Retainer and project contracts, and their renewals")
public class ContractResource {

    @Inject ContractService contracts;

    @GET
    @Operation(summary = "The client's contracts, oldest first")
    public List<ContractView> list(@PathParam("clientId") UUID clientId) {
        return contracts.list(clientId);
    }

    @POST
    @Operation(summary = "Sign a contract (supervisors, directors); publishes ContractSigned")
    @APIResponse(responseCode = "422", description = "The terms break a contract rule; errors name the fields")
    public RestResponse<ContractView> sign(@PathParam("clientId") UUID clientId,
                                           @Valid @NotNull NewContract contract, @Context UriInfo uriInfo) {
        ContractView signed = contracts.sign(clientId, contract);
        return Created.at(uriInfo, signed.id(), signed, signed.version());
    }

    @GET
    @Path("{contractId}")
    public Response get(@PathParam("clientId") UUID clientId, @PathParam("contractId") UUID contractId) {
        ContractView contract = contracts.get(clientId, contractId);
        return Response.ok(contract).tag(VersionTag.of(contract.version())).build();
    }

    @POST
    @Path("{contractId}/renewal")
    @Operation(summary = "Renew: sign the next contract, starting the day after this one ends; "
            + "publishes ContractSigned")
    @APIResponse(responseCode = "409", description = "The contract has already been renewed")
    public RestResponse<ContractView> renew(@PathParam("clientId") UUID clientId,
                                            @PathParam("contractId") UUID contractId,
                                            @Valid @NotNull Renewal renewal, @Context UriInfo uriInfo) {
        ContractView next = contracts.renew(clientId, contractId, renewal);
        URI location = uriInfo.getBaseUriBuilder().path("api/clients/{c}/contracts/{n}").build(clientId, next.id());
        return RestResponse.ResponseBuilder.<ContractView>created(location).entity(next)
                .tag(VersionTag.of(next.version())).build();
    }
}
