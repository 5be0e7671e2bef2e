package agency.suits.clients.contact;

import agency.suits.web.IfMatchHeader;
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
import jakarta.ws.rs.DELETE;
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

@Path("/api/clients/{clientId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The client's people the account team talks to, and who of them can say yes")
public class ContactResource {

    private static final Sorting SORTING = Sorting.by("name", "email").byDefault("name", SortOrder.Direction.ASC);

    @Inject ContactService contacts;

    @GET
    @Operation(operationId = "listContactsOfClient",
            summary = "The client's contacts by name, paged; decisionMaker=true for the people who can say yes")
    public Page<ContactView> list(@PathParam("clientId") UUID clientId,
                                  @QueryParam("decisionMaker") Boolean decisionMaker,
                                  @BeanParam PageQuery paging) {
        return contacts.list(clientId, decisionMaker, paging.resolve(SORTING));
    }

    @POST
    @Operation(operationId = "addContact", summary = "Add a contact (anyone on the account team)")
    @APIResponseSchema(value = ContactView.class, responseCode = "201",
            responseDescription = "Added; Location and ETag set")
    @APIResponse(responseCode = "409", description = "The client already has a contact with this email")
    public RestResponse<ContactView> add(@PathParam("clientId") UUID clientId,
                                         @Valid @NotNull ContactDetails details, @Context UriInfo uriInfo) {
        return Created.at(uriInfo, contacts.add(clientId, details));
    }

    @GET
    @Path("{contactId}")
    @Operation(operationId = "getContact", summary = "A contact, with its version as ETag")
    public RestResponse<ContactView> get(@PathParam("clientId") UUID clientId,
                                         @PathParam("contactId") UUID contactId) {
        return VersionTag.ok(contacts.get(clientId, contactId));
    }

    @PUT
    @Path("{contactId}")
    @Operation(operationId = "replaceContact", summary = "Replace a contact; needs If-Match")
    public RestResponse<ContactView> replace(@PathParam("clientId") UUID clientId,
                                             @PathParam("contactId") UUID contactId,
                                             @BeanParam IfMatchHeader ifMatch,
                                             @Valid @NotNull ContactDetails details) {
        return VersionTag.ok(contacts.replace(clientId, contactId, ifMatch.required(), details));
    }

    @DELETE
    @Path("{contactId}")
    @Operation(operationId = "removeContact", summary = "Remove a contact")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("clientId") UUID clientId, @PathParam("contactId") UUID contactId) {
        contacts.remove(clientId, contactId);
    }
}
