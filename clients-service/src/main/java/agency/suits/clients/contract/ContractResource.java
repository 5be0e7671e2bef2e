package agency.suits.clients.contract;

import agency.suits.web.Created;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/clients/{clientId}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "The retainer and project contracts signed with a client, and their renewals")
public class ContractResource {

    private static final Sorting SORTING = Sorting.by("startsOn", "endsOn", "signedAt")
            .byDefault("startsOn", SortOrder.Direction.ASC);

    @Inject ContractService contracts;

    @GET
    @Operation(operationId = "listContractsOfClient", summary = "The client's contracts, oldest first, paged")
    public Page<ContractView> list(@PathParam("clientId") UUID clientId, @BeanParam PageQuery paging) {
        return contracts.list(clientId, paging.resolve(SORTING));
    }

    @POST
    @Operation(operationId = "signContract",
            summary = "Sign a contract (supervisors, directors); publishes ContractSigned")
    @APIResponseSchema(value = ContractView.class, responseCode = "201",
            responseDescription = "Signed; Location and ETag set")
    @APIResponse(responseCode = "422", description = "The terms break a contract rule; errors name the fields")
    public RestResponse<ContractView> sign(@PathParam("clientId") UUID clientId,
                                           @Valid @NotNull NewContract contract, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, contracts.sign(clientId, contract));
    }

    @GET
    @Path("{contractId}")
    @Operation(operationId = "getContract", summary = "A contract, with its version as ETag")
    public RestResponse<ContractView> get(@PathParam("clientId") UUID clientId,
                                          @PathParam("contractId") UUID contractId) {
        return VersionTag.ok(contracts.get(clientId, contractId));
    }

    @POST
    @Path("{contractId}/renewal")
    @Operation(operationId = "renewContract", summary = "Renew: sign the next contract, starting the day after this "
            + "one ends; publishes ContractSigned")
    @APIResponseSchema(value = ContractView.class, responseCode = "201",
            responseDescription = "The next contract, signed; Location names it among the client's contracts")
    @APIResponse(responseCode = "409", description = "The contract has already been renewed")
    public RestResponse<ContractView> renew(@PathParam("clientId") UUID clientId,
                                            @PathParam("contractId") UUID contractId,
                                            @Valid @NotNull RenewalTerms renewal, @Context UriInfo uriInfo) {
        ContractView next = contracts.renew(clientId, contractId, renewal);
        // the next contract is one of the client's contracts, not something under the renewal that was posted to
        URI location = uriInfo.getBaseUriBuilder().path("api/clients/{c}/contracts/{n}").build(clientId, next.id());
        return RestResponse.ResponseBuilder.<ContractView>created(location).entity(next)
                .tag(VersionTag.of(next.version())).build();
    }
}
