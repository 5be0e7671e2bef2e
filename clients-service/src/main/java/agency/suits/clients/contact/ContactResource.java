package agency.suits.clients.contact;

import agency.suits.web.Created;
import agency.suits.web.IfMatch;
import agency.suits.web.VersionTag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/clients/{clientId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The client's people")
public class ContactResource {

    @Inject ContactService contacts;

    @GET
    @Operation(summary = "The client's contacts by name; decisionMaker=true for the people who can say yes")
    public List<ContactView> list(@PathParam("clientId") UUID clientId,
                                  @QueryParam("decisionMaker") Boolean decisionMaker) {
        return contacts.list(clientId, decisionMaker);
    }

    @POST
    @Operation(summary = "Add a contact (anyone on the account team)")
    @APIResponse(responseCode = "409", description = "The client already has a contact with this email")
    public RestResponse<ContactView> add(@PathParam("clientId") UUID clientId,
                                         @Valid @NotNull ContactDetails details, @Context UriInfo uriInfo) {
        ContactView contact = contacts.add(clientId, details);
        return Created.at(uriInfo, contact.id(), contact, contact.version());
    }

    @GET
    @Path("{contactId}")
    public Response get(@PathParam("clientId") UUID clientId, @PathParam("contactId") UUID contactId) {
        ContactView contact = contacts.get(clientId, contactId);
        return Response.ok(contact).tag(VersionTag.of(contact.version())).build();
    }

    @PUT
    @Path("{contactId}")
    @Operation(summary = "Replace a contact; needs If-Match")
    public Response replace(@PathParam("clientId") UUID clientId, @PathParam("contactId") UUID contactId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ContactDetails details) {
        ContactView contact = contacts.replace(clientId, contactId, IfMatch.required(ifMatch), details);
        return Response.ok(contact).tag(VersionTag.of(contact.version())).build();
    }

    @DELETE
    @Path("{contactId}")
    @Operation(summary = "Remove a contact")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("clientId") UUID clientId, @PathParam("contactId") UUID contactId) {
        contacts.remove(clientId, contactId);
    }
}
