package agency.suits.clients.contract;

import agency.suits.web.Created;
import agency.suits.web.IfMatchHeader;
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

    private static final Sorting AMENDMENTS = Sorting.by("amendedAt", "effectiveOn")
            .byDefault("amendedAt", SortOrder.Direction.ASC);

    @Inject ContractService contracts;
    @Inject AmendmentService amendments;

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

    @POST
    @Path("{contractId}/amendments")
    @Operation(operationId = "amendContract", summary = "Amend a contract's value, end, included rounds or notice "
            + "from a day it runs (primary supervisor, directors); needs If-Match; publishes ContractAmended")
    @APIResponseSchema(value = ContractView.class, responseDescription = "The contract with its amended terms")
    @APIResponse(responseCode = "409", description = "The contract was terminated, or the amended end overlaps "
            + "another contract of the client (detail names it)")
    @APIResponse(responseCode = "412", description = "The contract changed since it was read")
    @APIResponse(responseCode = "422", description = "The amendment breaks a contract rule; errors name the fields")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ContractView> amend(@PathParam("clientId") UUID clientId,
                                            @PathParam("contractId") UUID contractId,
                                            @BeanParam IfMatchHeader ifMatch,
                                            @Valid @NotNull NewAmendment amendment) {
        return VersionTag.ok(amendments.amend(clientId, contractId, ifMatch.required(), amendment));
    }

    @GET
    @Path("{contractId}/amendments")
    @Operation(operationId = "listContractAmendments",
            summary = "The contract's amendment history, oldest first, paged: who, when, from which day, why, "
                    + "each term before and after")
    public Page<AmendmentView> amendments(@PathParam("clientId") UUID clientId,
                                          @PathParam("contractId") UUID contractId,
                                          @BeanParam PageQuery paging) {
        return amendments.history(clientId, contractId, paging.resolve(AMENDMENTS));
    }

    @POST
    @Path("{contractId}/termination")
    @Operation(operationId = "terminateContract", summary = "End a contract early, on a day from today to its end "
            + "(primary supervisor, directors); needs If-Match; publishes ContractTerminated")
    @APIResponseSchema(value = ContractView.class, responseDescription = "The contract, ending on the given day")
    @APIResponse(responseCode = "409", description = "The contract was already terminated")
    @APIResponse(responseCode = "412", description = "The contract changed since it was read")
    @APIResponse(responseCode = "422", description = "The day is before today or the contract's start, or after "
            + "its end")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ContractView> terminate(@PathParam("clientId") UUID clientId,
                                                @PathParam("contractId") UUID contractId,
                                                @BeanParam IfMatchHeader ifMatch,
                                                @Valid @NotNull Termination termination) {
        return VersionTag.ok(amendments.terminate(clientId, contractId, ifMatch.required(), termination));
    }
}
