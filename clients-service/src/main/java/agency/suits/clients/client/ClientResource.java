package agency.suits.clients.client;

import agency.suits.web.IfMatchHeader;
import agency.suits.events.clients.ClientStatus;
import agency.suits.web.Created;
import agency.suits.web.VersionTag;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "The agency's accounts: registered as prospects, won, kept and sometimes lost")
public class ClientResource {

    private static final Sorting SORTING = Sorting.by("name", "code", "status", "createdAt", "updatedAt")
            .byDefault("name", SortOrder.Direction.ASC);

    @Inject ClientService clients;

    @POST
    @Operation(operationId = "registerClient", summary = "Register a client as a prospect (supervisors and directors)")
    @APIResponseSchema(value = ClientView.class, responseCode = "201",
            responseDescription = "Registered; Location and ETag set")
    @APIResponse(responseCode = "409", description = "The client code is taken")
    public RestResponse<ClientView> register(@Valid @NotNull NewClient client, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, clients.register(client));
    }

    @GET
    @Operation(operationId = "listClients",
            summary = "List the clients in the caller's book, filtered, paged and sorted")
    public Page<ClientView> list(@QueryParam("status") ClientStatus status,
                                 @QueryParam("industry") @Size(max = 100) String industry,
                                 @QueryParam("teamMember") UUID teamMember,
                                 @QueryParam("q") @Size(max = 100) String q,
                                 @BeanParam PageQuery paging) {
        return clients.list(new ClientFilter(status, industry, teamMember, q), paging.resolve(SORTING));
    }

    @GET
    @Path("{clientId}")
    @Operation(operationId = "getClient", summary = "A client, with its version as ETag")
    @APIResponseSchema(value = ClientView.class, responseDescription = "The client")
    @APIResponse(responseCode = "404", description = "No such client in the caller's book")
    public RestResponse<ClientView> get(@PathParam("clientId") UUID clientId) {
        return VersionTag.ok(clients.get(clientId));
    }

    @PUT
    @Path("{clientId}")
    @Operation(operationId = "updateClient", summary = "Replace a client's name and industry; needs If-Match")
    @APIResponseSchema(value = ClientView.class, responseDescription = "The client as changed")
    @APIResponse(responseCode = "412", description = "The client changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ClientView> update(@PathParam("clientId") UUID clientId,
                                           @BeanParam IfMatchHeader ifMatch,
                                           @Valid @NotNull ClientChange change) {
        return VersionTag.ok(clients.update(clientId, ifMatch.required(), change));
    }

    @POST
    @Path("{clientId}/status")
    @Operation(operationId = "changeClientStatus", summary = "Move a client through its lifecycle; needs If-Match")
    @APIResponseSchema(value = ClientView.class, responseDescription = "The client in its new status")
    @APIResponse(responseCode = "409",
            description = "Not a legal move from the current status; allowedActions lists them")
    public RestResponse<ClientView> changeStatus(@PathParam("clientId") UUID clientId,
                                                 @BeanParam IfMatchHeader ifMatch,
                                                 @Valid @NotNull ClientStatusChange change) {
        return VersionTag.ok(clients.changeStatus(clientId, ifMatch.required(), change));
    }
}
