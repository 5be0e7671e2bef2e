package agency.suits.clients.interaction;

import agency.suits.web.Created;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/clients/{clientId}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interactions", description = "The meetings, calls and emails of a relationship, logged once")
public class InteractionResource {

    /** Always newest first: the log reads as a timeline. */
    private static final Sorting SORTING = Sorting.by();

    @Inject InteractionService interactions;

    @GET
    @Operation(operationId = "listInteractionsOfClient", summary = "The client's interactions, newest first, paged")
    public Page<InteractionView> list(@PathParam("clientId") UUID clientId, @BeanParam PageQuery paging) {
        return interactions.list(clientId, paging.resolve(SORTING));
    }

    @POST
    @Operation(operationId = "logInteraction",
            summary = "Log an interaction (anyone on the account team); the log is append-only")
    @APIResponseSchema(value = InteractionView.class, responseCode = "201",
            responseDescription = "Logged; Location set")
    public RestResponse<InteractionView> log(@PathParam("clientId") UUID clientId,
                                             @Valid @NotNull NewInteraction interaction, @Context UriInfo uriInfo) {
        InteractionView logged = interactions.log(clientId, interaction);
        return Created.at(uriInfo, logged.id(), logged);
    }

    @GET
    @Path("{interactionId}")
    @Operation(operationId = "getInteraction", summary = "One logged interaction")
    public InteractionView get(@PathParam("clientId") UUID clientId,
                               @PathParam("interactionId") UUID interactionId) {
        return interactions.get(clientId, interactionId);
    }
}
